// How the lure families write a phrase: lower-case words joined by single spaces in the source, matched
// across one to three white-space characters (a line break or a double space inside a phrase in the
// text). One definition for every family that writes its phrases so.

/** What a space in a phrase matches: one to three white-space characters. */
export const S = '\\s{1,3}'

/** The phrase as a regular expression (Unicode), each space read as S. */
export function rx(source: string): RegExp {
  return new RegExp(source.replace(/ /g, S), 'u')
}
