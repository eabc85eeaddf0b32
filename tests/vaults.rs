//! `/v1/vaults` and `/v1/vaults/{id}/credentials` on the local server, and sessions' `vault_ids`:
//! paths, ids, fields and errors as the API has them, and secrets that no answer shows.

mod common;

use common::*;
use serde_json::{Value, json};

fn bearer(url: &str, token: &str) -> Value {
    json!({"type": "static_bearer", "mcp_server_url": url, "token": token})
}

async fn vault(s: &Server, name: &str) -> String {
    let v = s
        .ok(
            "POST",
            "/v1/vaults",
            Some(json!({"display_name": name, "metadata": {"team": "a"}})),
        )
        .await;
    assert_eq!(v["type"], "vault");
    assert!(v["id"].as_str().unwrap().starts_with("vlt_"));
    assert_eq!(v["archived_at"], Value::Null);
    v["id"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn vaults_are_created_updated_listed_archived_and_deleted() {
    let s = Server::start(&[]);
    let id = vault(&s, "team secrets").await;
    let got = s.ok("GET", &format!("/v1/vaults/{id}"), None).await;
    assert_eq!(got["display_name"], "team secrets");
    let updated = s
        .ok(
            "POST",
            &format!("/v1/vaults/{id}"),
            Some(json!({"display_name": "renamed", "metadata": {"team": null, "tier": "gold"}})),
        )
        .await;
    assert_eq!(updated["display_name"], "renamed");
    assert_eq!(updated["metadata"], json!({"tier": "gold"}));
    let (status, e) = s.call("POST", "/v1/vaults", Some(json!({"display_name": ""}))).await;
    assert_eq!(status, 400);
    assert!(
        e["error"]["message"].as_str().unwrap().starts_with("display_name"),
        "{e}"
    );
    let (status, e) = s
        .call("POST", "/v1/vaults", Some(json!({"display_name": "x", "color": "red"})))
        .await;
    assert_eq!(
        (status, e["error"]["type"].as_str()),
        (400, Some("invalid_request_error"))
    );
    let other = vault(&s, "other").await;
    s.ok("POST", &format!("/v1/vaults/{other}/archive"), None).await;
    let listed = s.ok("GET", "/v1/vaults", None).await;
    assert_eq!(
        listed["data"].as_array().unwrap().len(),
        1,
        "archived vaults are hidden"
    );
    let all = s.ok("GET", "/v1/vaults?include_archived=true&limit=1", None).await;
    assert_eq!(all["data"].as_array().unwrap().len(), 1);
    assert!(all["next_page"].is_string());
    let (status, _) = s
        .call(
            "POST",
            &format!("/v1/vaults/{other}"),
            Some(json!({"display_name": "y"})),
        )
        .await;
    assert_eq!(status, 400, "an archived vault cannot change");
    let deleted = s.ok("DELETE", &format!("/v1/vaults/{id}"), None).await;
    assert_eq!(deleted, json!({"id": id, "type": "vault_deleted"}));
    let (status, e) = s.call("GET", &format!("/v1/vaults/{id}"), None).await;
    assert_eq!((status, e["error"]["type"].as_str()), (404, Some("not_found_error")));
}

#[tokio::test]
async fn credentials_keep_their_secrets_write_only() {
    let s = Server::start(&[]);
    let v = vault(&s, "v").await;
    let path = format!("/v1/vaults/{v}/credentials");
    // Loopback addresses where nothing listens: the validation below reaches no one.
    let oauth = json!({"type": "mcp_oauth", "mcp_server_url": "http://127.0.0.1:1/mcp", "access_token": "at-secret-1",
        "expires_at": "2030-01-01T00:00:00Z",
        "refresh": {"client_id": "app", "refresh_token": "rt-secret-1", "token_endpoint": "http://127.0.0.1:1/token",
                    "token_endpoint_auth": {"type": "client_secret_basic", "client_secret": "cs-secret-1"}, "scope": "read"}});
    let created = s
        .ok(
            "POST",
            &path,
            Some(json!({"auth": oauth, "display_name": "docs", "metadata": {"k": "v"}})),
        )
        .await;
    assert!(created["id"].as_str().unwrap().starts_with("vcrd_"));
    assert_eq!(created["type"], "vault_credential");
    assert_eq!(created["vault_id"], v);
    assert_eq!(
        created["auth"],
        json!({"type": "mcp_oauth", "mcp_server_url": "http://127.0.0.1:1/mcp", "expires_at": "2030-01-01T00:00:00Z",
               "refresh": {"client_id": "app", "token_endpoint": "http://127.0.0.1:1/token",
                           "token_endpoint_auth": {"type": "client_secret_basic"}, "scope": "read"}})
    );
    let id = created["id"].as_str().unwrap();
    let env = json!({"type": "environment_variable", "secret_name": "API_KEY", "secret_value": "sv-secret-1",
                     "networking": {"type": "limited", "allowed_hosts": ["api.example.com"]}});
    let env_cred = s.ok("POST", &path, Some(json!({"auth": env}))).await;
    assert_eq!(
        env_cred["auth"]["injection_location"],
        json!({"header": true, "body": true})
    );
    let updated = s
        .ok(
            "POST",
            &format!("{path}/{id}"),
            Some(
                json!({"display_name": null, "auth": {"type": "mcp_oauth", "access_token": "at-secret-2",
                         "refresh": {"refresh_token": "rt-secret-2"}}}),
            ),
        )
        .await;
    assert_eq!(updated["display_name"], Value::Null);
    let (status, e) = s
        .call(
            "POST",
            &format!("{path}/{id}"),
            Some(json!({"auth": {"type": "mcp_oauth", "refresh": {"token_endpoint": "https://evil.example.com/t"}}})),
        )
        .await;
    assert_eq!(status, 400);
    assert!(
        e["error"]["message"].as_str().unwrap().contains("token_endpoint"),
        "{e}"
    );
    let (status, _) = s
        .call(
            "POST",
            &format!("{path}/{id}"),
            Some(json!({"auth": bearer("https://mcp.example.com/mcp", "t")})),
        )
        .await;
    assert_eq!(status, 400, "the type of a credential cannot change");
    let (status, e) = s.call("POST", &format!("{path}/{id}/mcp_oauth_validate"), None).await;
    assert_eq!(status, 200, "{e}");
    let (status, e) = s
        .call(
            "POST",
            &format!("{path}/{}/mcp_oauth_validate", env_cred["id"].as_str().unwrap()),
            None,
        )
        .await;
    assert_eq!(status, 400, "{e}");
    let mut answers = vec![
        s.ok("GET", &format!("{path}/{id}"), None).await,
        s.ok("GET", &path, None).await,
        updated,
        env_cred,
    ];
    answers.push(s.ok("POST", &format!("{path}/{id}/archive"), None).await);
    let everything = serde_json::to_string(&answers).unwrap();
    for secret in ["secret-1", "secret-2"] {
        assert!(!everything.contains(secret), "{secret} shown in {everything}");
    }
    let (status, _) = s
        .call("POST", &format!("{path}/{id}"), Some(json!({"display_name": "again"})))
        .await;
    assert_eq!(status, 400, "an archived credential cannot change");
    let deleted = s.ok("DELETE", &format!("{path}/{id}"), None).await;
    assert_eq!(deleted, json!({"id": id, "type": "vault_credential_deleted"}));
}

#[tokio::test]
async fn a_server_url_has_one_active_credential_per_vault_and_a_vault_holds_twenty() {
    let s = Server::start(&[]);
    let v = vault(&s, "v").await;
    let path = format!("/v1/vaults/{v}/credentials");
    let first = s
        .ok(
            "POST",
            &path,
            Some(json!({"auth": bearer("https://Docs.Example.com:443/mcp/", "a")})),
        )
        .await;
    let (status, e) = s
        .call(
            "POST",
            &path,
            Some(json!({"auth": bearer("https://docs.example.com/mcp", "b")})),
        )
        .await;
    assert_eq!(
        (status, e["error"]["type"].as_str()),
        (409, Some("conflict_error")),
        "{e}"
    );
    s.ok(
        "POST",
        &format!("{path}/{}/archive", first["id"].as_str().unwrap()),
        None,
    )
    .await;
    s.ok(
        "POST",
        &path,
        Some(json!({"auth": bearer("https://docs.example.com/mcp", "b")})),
    )
    .await;
    for i in 1..20 {
        s.ok(
            "POST",
            &path,
            Some(json!({"auth": bearer(&format!("https://s{i}.example.com/mcp"), "t")})),
        )
        .await;
    }
    let (status, e) = s
        .call(
            "POST",
            &path,
            Some(json!({"auth": bearer("https://s99.example.com/mcp", "t")})),
        )
        .await;
    assert_eq!(status, 400, "{e}");
    assert!(
        e["error"]["message"].as_str().unwrap().contains("20 credentials"),
        "{e}"
    );
    let (status, e) = s
        .call(
            "POST",
            &path,
            Some(json!({"auth": {"type": "static_bearer", "mcp_server_url": "ftp://x/y", "token": "t"}})),
        )
        .await;
    assert_eq!(status, 400);
    assert!(
        e["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("auth.mcp_server_url"),
        "{e}"
    );
    let (status, _) = s
        .call(
            "POST",
            "/v1/vaults/vlt_missing/credentials",
            Some(json!({"auth": bearer("https://a.dev", "t")})),
        )
        .await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn sessions_take_usable_vaults_and_keep_them() {
    let s = Server::start(&[]);
    let agent = s.agent("hello", json!([])).await;
    let env = s.ok("POST", "/v1/environments", Some(json!({"name": "e"}))).await;
    let create = |vault_ids: Value| json!({"agent": agent, "environment_id": env["id"], "vault_ids": vault_ids});
    let v = vault(&s, "v").await;
    let session = s.ok("POST", "/v1/sessions", Some(create(json!([v])))).await;
    assert_eq!(session["vault_ids"], json!([v]));
    let sid = session["id"].as_str().unwrap();
    let (status, e) = s
        .call("POST", &format!("/v1/sessions/{sid}"), Some(json!({"vault_ids": []})))
        .await;
    assert_eq!(status, 400);
    assert!(e["error"]["message"].as_str().unwrap().starts_with("vault_ids"), "{e}");

    let (status, e) = s.call("POST", "/v1/sessions", Some(create(json!(["vlt_nope"])))).await;
    assert_eq!(
        (status, e["error"]["type"].as_str()),
        (404, Some("not_found_error")),
        "{e}"
    );
    let archived = vault(&s, "old").await;
    s.ok("POST", &format!("/v1/vaults/{archived}/archive"), None).await;
    let (status, e) = s.call("POST", "/v1/sessions", Some(create(json!([v, archived])))).await;
    assert_eq!(status, 400);
    assert!(
        e["error"]["message"].as_str().unwrap().starts_with("vault_ids[1]"),
        "{e}"
    );
    let with_env = vault(&s, "env").await;
    let cred = s
        .ok(
            "POST",
            &format!("/v1/vaults/{with_env}/credentials"),
            Some(
                json!({"auth": {"type": "environment_variable", "secret_name": "TOKEN", "secret_value": "x",
                                 "networking": {"type": "unrestricted"}}}),
            ),
        )
        .await;
    let (status, e) = s.call("POST", "/v1/sessions", Some(create(json!([with_env])))).await;
    assert_eq!(status, 400);
    let message = e["error"]["message"].as_str().unwrap();
    assert!(
        message.contains(cred["id"].as_str().unwrap()) && message.contains("environment_variable"),
        "{e}"
    );
}

/// The official commands, end to end: a vault and a static bearer credential made, listed,
/// updated and archived with `ant beta:vaults` and `ant beta:vaults:credentials`, the token
/// in no output.
#[test]
fn the_vault_commands_work_against_the_local_server() {
    let s = Server::start(&[]);
    let token = "vault-cli-secret-3c1f";
    let vault = s
        .ant(&[
            "beta:vaults",
            "create",
            "--display-name",
            "ci",
            "--metadata",
            "{team: a}",
            "--format",
            "json",
        ])
        .run()
        .json();
    let vault_id = vault["id"].as_str().unwrap();
    assert!(vault_id.starts_with("vlt_"), "{vault}");
    assert_eq!(vault["metadata"], json!({"team": "a"}));

    let auth = format!("{{type: static_bearer, mcp_server_url: 'https://mcp.example.com/mcp', token: {token}}}");
    let created = s
        .ant(&[
            "beta:vaults:credentials",
            "create",
            "--vault-id",
            vault_id,
            "--auth",
            &auth,
            "--display-name",
            "docs",
            "--format",
            "json",
        ])
        .run();
    assert!(!created.stdout.contains(token), "{}", created.stdout);
    let credential = created.json();
    let credential_id = credential["id"].as_str().unwrap();
    assert_eq!(credential["auth"]["mcp_server_url"], "https://mcp.example.com/mcp");

    // A second credential for the same server is refused with the API's error, exit 1.
    let duplicate = s
        .ant(&[
            "beta:vaults:credentials",
            "create",
            "--vault-id",
            vault_id,
            "--auth",
            &auth,
        ])
        .run();
    assert_eq!(duplicate.code, 1, "{}", duplicate.stderr);
    assert!(
        duplicate.stderr.contains("409") || duplicate.stderr.contains("conflict"),
        "{}",
        duplicate.stderr
    );

    let listed = s
        .ant(&[
            "beta:vaults:credentials",
            "list",
            "--vault-id",
            vault_id,
            "--format",
            "jsonl",
        ])
        .run()
        .ok();
    assert_eq!(listed.lines().count(), 1, "{listed}");
    assert!(listed.contains(credential_id) && !listed.contains(token), "{listed}");

    let renamed = s
        .ant(&[
            "beta:vaults:credentials",
            "update",
            "--vault-id",
            vault_id,
            "--credential-id",
            credential_id,
            "--display-name",
            "docs v2",
            "--format",
            "json",
        ])
        .run()
        .json();
    assert_eq!(renamed["display_name"], "docs v2");
    let archived = s
        .ant(&["beta:vaults", "archive", "--vault-id", vault_id, "--format", "json"])
        .run()
        .json();
    assert!(archived["archived_at"].is_string(), "{archived}");
    let remaining = s.ant(&["beta:vaults", "list", "--format", "jsonl"]).run().ok();
    assert!(
        !remaining.contains(vault_id),
        "archived vaults are left out by default: {remaining}"
    );
    let all = s
        .ant(&["beta:vaults", "list", "--include-archived", "--format", "jsonl"])
        .run()
        .ok();
    assert!(all.contains(vault_id), "{all}");
}
