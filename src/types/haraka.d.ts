// Minimal declarations for Haraka's untyped helper packages.
declare module 'haraka-constants' {
  export const OK: number
  export const CONT: number
  export const DENY: number
  export const DENYSOFT: number
  export const DENYDISCONNECT: number
  export const DENYSOFTDISCONNECT: number
  export const DISCONNECT: number
  export const STOP: number
  export const cont: number
  export const ok: number
  export const deny: number
  export const denysoft: number
  export const denydisconnect: number
  export const denysoftdisconnect: number
  export function translate(code: number): string
}

declare module 'haraka-dsn' {
  class DSN {
    constructor(code: number, msg?: string, def?: number, subject?: number, detail?: number)
    code: number
    msg: string
    cls: number
    sub: number
    det: number
    reply: string
    static unspecified(msg?: string, code?: number): DSN
    static addr_unspecified(msg?: string, code?: number): DSN
    static addr_bad_dest_mbox(msg?: string, code?: number): DSN
    static no_such_user(msg?: string, code?: number): DSN
    static addr_bad_dest_system(msg?: string, code?: number): DSN
    static addr_bad_dest_syntax(msg?: string, code?: number): DSN
    static addr_dest_ambigous(msg?: string, code?: number): DSN
    static addr_rcpt_ok(msg?: string, code?: number): DSN
    static addr_mbox_moved(msg?: string, code?: number): DSN
    static addr_bad_from_syntax(msg?: string, code?: number): DSN
    static addr_bad_from_system(msg?: string, code?: number): DSN
    static mbox_unspecified(msg?: string, code?: number): DSN
    static mbox_disabled(msg?: string, code?: number): DSN
    static mbox_full(msg?: string, code?: number): DSN
    static mbox_msg_too_long(msg?: string, code?: number): DSN
    static mbox_list_expansion_problem(msg?: string, code?: number): DSN
    static sys_unspecified(msg?: string, code?: number): DSN
    static sys_disk_full(msg?: string, code?: number): DSN
    static sys_not_accepting_mail(msg?: string, code?: number): DSN
    static sys_not_supported(msg?: string, code?: number): DSN
    static sys_msg_too_big(msg?: string, code?: number): DSN
    static sys_incorrectly_configured(msg?: string, code?: number): DSN
    static net_unspecified(msg?: string, code?: number): DSN
    static net_no_answer(msg?: string, code?: number): DSN
    static net_bad_connection(msg?: string, code?: number): DSN
    static net_directory_server_failed(msg?: string, code?: number): DSN
    static temp_resolver_failed(msg?: string, code?: number): DSN
    static net_unable_to_route(msg?: string, code?: number): DSN
    static net_system_congested(msg?: string, code?: number): DSN
    static net_routing_loop(msg?: string, code?: number): DSN
    static too_many_hops(msg?: string, code?: number): DSN
    static net_delivery_time_expired(msg?: string, code?: number): DSN
    static proto_unspecified(msg?: string, code?: number): DSN
    static proto_invalid_command(msg?: string, code?: number): DSN
    static proto_syntax_error(msg?: string, code?: number): DSN
    static proto_too_many_rcpts(msg?: string, code?: number): DSN
    static proto_invalid_cmd_args(msg?: string, code?: number): DSN
    static proto_wrong_version(msg?: string, code?: number): DSN
    static media_unspecified(msg?: string, code?: number): DSN
    static media_unsupported(msg?: string, code?: number): DSN
    static media_conv_prohibited(msg?: string, code?: number): DSN
    static media_conv_unsupported(msg?: string, code?: number): DSN
    static media_conv_lossy(msg?: string, code?: number): DSN
    static media_conv_failed(msg?: string, code?: number): DSN
    static sec_unspecified(msg?: string, code?: number): DSN
    static sec_unauthorized(msg?: string, code?: number): DSN
    static bad_sender_ip(msg?: string, code?: number): DSN
    static relaying_denied(msg?: string, code?: number): DSN
    static sec_list_expn_prohibited(msg?: string, code?: number): DSN
    static sec_conv_failed(msg?: string, code?: number): DSN
    static sec_feature_unsupported(msg?: string, code?: number): DSN
    static sec_crypto_failure(msg?: string, code?: number): DSN
    static sec_crypto_algo_unsupported(msg?: string, code?: number): DSN
    static sec_msg_integrity_failure(msg?: string, code?: number): DSN
    static auth_succeeded(msg?: string, code?: number): DSN
    static auth_pass_transition_needed(msg?: string, code?: number): DSN
    static auth_temp_fail(msg?: string, code?: number): DSN
    static auth_too_weak(msg?: string, code?: number): DSN
    static auth_invalid(msg?: string, code?: number): DSN
    static auth_exch_too_long(msg?: string, code?: number): DSN
    static auth_required(msg?: string, code?: number): DSN
    static auth_crypt_required(msg?: string, code?: number): DSN
    static addr_null_mx(msg?: string, code?: number): DSN
    static sec_null_mx_sender(msg?: string, code?: number): DSN
    static sec_dkim_no_pass(msg?: string, code?: number): DSN
    static sec_dkim_not_acceptable(msg?: string, code?: number): DSN
    static sec_dkim_no_author_match(msg?: string, code?: number): DSN
    static sec_spf_fail(msg?: string, code?: number): DSN
    static sec_spf_error(msg?: string, code?: number): DSN
    static sec_rdns_fail(msg?: string, code?: number): DSN
    static sec_multi_auth_fail(msg?: string, code?: number): DSN
    static create(code: number, msg?: string, subject?: number, detail?: number): DSN
  }
  export = DSN
}
