//! The entries of each catalog (reference-10 §6, §9.2.1) and their natural
//! keys, from which UniqueIDs are made.

use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop};

/// One catalog entry, tagged by its type name on the wire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Entry {
    /// A site password (credential catalog).
    CatalogedCredential(Credential),
    /// A person (contact catalog).
    CatalogedContact(Contact),
    /// A to-do item (task catalog).
    CatalogedTask(Task),
    /// A web bookmark (bookmark catalog).
    CatalogedBookmark(Bookmark),
    /// An SSH public key of one of the user's devices (ssh catalog).
    CatalogedSshKey(SshKey),
    /// A known SSH host key (ssh catalog).
    CatalogedKnownHost(KnownHost),
    /// A mail account's settings (mail catalog).
    CatalogedMail(MailAccount),
    /// The sealed body of a deletion, so that only a device can delete.
    CatalogedDeletion(Deletion),
}

impl Entry {
    /// The catalog the entry belongs in.
    pub fn catalog(&self) -> &'static str {
        match self {
            Entry::CatalogedCredential(_) => "credential",
            Entry::CatalogedContact(_) => "contact",
            Entry::CatalogedTask(_) => "task",
            Entry::CatalogedBookmark(_) => "bookmark",
            Entry::CatalogedSshKey(_) | Entry::CatalogedKnownHost(_) => "ssh",
            Entry::CatalogedMail(_) => "mail",
            Entry::CatalogedDeletion(_) => "",
        }
    }

    /// The natural key: what makes two entries "the same thing" (the same
    /// site and user name, the same person...). Case is folded where people
    /// do not distinguish it.
    pub fn natural_key(&self) -> String {
        match self {
            Entry::CatalogedCredential(c) => credential_key(&c.service, &c.username),
            Entry::CatalogedContact(c) => format!("contact\n{}", c.name.to_lowercase()),
            Entry::CatalogedTask(t) => format!("task\n{}", t.title.to_lowercase()),
            Entry::CatalogedBookmark(b) => format!("bookmark\n{}", b.uri),
            Entry::CatalogedSshKey(k) => ssh_key_key(&k.device, &k.public_key),
            Entry::CatalogedKnownHost(h) => known_host_key(&h.host, &h.key_type),
            Entry::CatalogedMail(m) => format!("mail\n{}", m.address.to_lowercase()),
            Entry::CatalogedDeletion(d) => d.unique_id.clone(),
        }
    }
}

/// The natural key of a credential: service and user name.
pub fn credential_key(service: &str, username: &str) -> String {
    format!("credential\n{}\n{username}", service.to_lowercase())
}

/// The natural key of a device's SSH key: the device and the key's base64 body.
pub fn ssh_key_key(device: &str, public_key: &str) -> String {
    let body = public_key.split_whitespace().nth(1).unwrap_or(public_key);
    format!("sshkey\n{device}\n{body}")
}

/// The natural key of a known host key: the host and the key type.
pub fn known_host_key(host: &str, key_type: &str) -> String {
    format!("knownhost\n{}\n{key_type}", host.to_lowercase())
}

/// The service name of a site as typed or as a URL: the host of a URL,
/// else the text, lower-cased (so `https://Example.com/login` and
/// `example.com` are the same site).
pub fn service_name(site: &str) -> String {
    let site = site.trim();
    let rest = match site.split_once("://") {
        Some((_, rest)) => rest,
        None => return site.to_lowercase(),
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let host = authority.rsplit('@').next().unwrap_or(authority);
    host.to_lowercase()
}

/// A site password (reference-10 §6.2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Credential {
    /// The site: a host name or any name the user chose.
    pub service: String,
    /// The user name (may be empty).
    #[serde(default)]
    pub username: String,
    /// The password.
    pub password: Password,
    /// The login URL, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// A note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A site's password: secret material, so it is zeroed when dropped and
/// `Debug` prints `*****`; read it with [`Password::expose`]. Unlike a key
/// it is serialized, as a plain JSON string, because it lives inside the
/// catalog entry that is encrypted for the catalog's key.
#[derive(Clone, Default, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(transparent)]
pub struct Password(String);

impl Password {
    /// Takes ownership of `password`; no copy of it remains outside.
    pub fn new(password: String) -> Self {
        Password(password)
    }

    /// The password. Every call site is a place it is used.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("*****")
    }
}

impl PartialEq for Password {
    /// Compares in time that depends only on the lengths.
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (self.0.as_bytes(), other.0.as_bytes());
        a.len() == b.len()
            && std::hint::black_box(a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y))) == 0
    }
}

impl Eq for Password {}

/// A person (reference-10 §6.1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Contact {
    /// The name people know them by.
    pub name: String,
    /// Mail addresses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<String>,
    /// Telephone numbers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<String>,
    /// Postal addresses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub addresses: Vec<String>,
    /// Their Mesh account, e.g. `bob@example.com`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mesh_address: Option<String>,
}

/// A to-do item (reference-10 §6.3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Task {
    /// What to do.
    pub title: String,
    /// When it is due (as the user wrote it, e.g. `2026-12-01`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    /// Whether it is done.
    #[serde(default)]
    pub done: bool,
}

/// A web bookmark.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Bookmark {
    /// The URL.
    pub uri: String,
    /// A title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
}

/// An SSH public key held by one of the user's devices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SshKey {
    /// Fingerprint of the Mesh device that holds the private key.
    pub device: String,
    /// The OpenSSH public key line (`ssh-ed25519 AAAA... comment`).
    pub public_key: String,
}

/// A known SSH host key (a `known_hosts` line).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct KnownHost {
    /// Host name or pattern (`example.com`, `[host]:2222`).
    pub host: String,
    /// Key type, e.g. `ssh-ed25519`.
    pub key_type: String,
    /// The key, base64 as in `known_hosts`.
    pub key: String,
}

/// Network connection parameters (reference-10 §9.2.1 Connection).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Connection {
    /// DNS name of the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// TCP port.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
    /// Security modes: `Direct`, `Upgrade` or `None`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub security: Vec<String>,
    /// User name to present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
}

/// A mail account's settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct MailAccount {
    /// The mail address.
    pub address: String,
    /// Where mail is read (IMAP).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inbound: Option<Connection>,
    /// Where mail is sent (SMTP submission).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outbound: Option<Connection>,
}

/// What a deletion seals: the UniqueID it deletes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Deletion {
    /// The deleted entry.
    #[serde(rename = "UniqueID")]
    pub unique_id: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_names_fold_urls_and_case() {
        assert_eq!(service_name("https://Example.com/login?x"), "example.com");
        assert_eq!(service_name("http://u@host:8080/"), "host:8080");
        assert_eq!(service_name("My Bank"), "my bank");
    }

    #[test]
    fn a_password_is_a_plain_string_on_the_wire_and_hidden_from_debug() {
        let credential = Credential {
            service: "example.com".into(),
            username: "alice".into(),
            password: Password::new("correct horse".into()),
            url: None,
            note: None,
        };
        let json = serde_json::to_value(&credential).unwrap();
        assert_eq!(json["Password"], "correct horse");
        let back: Credential = serde_json::from_value(json).unwrap();
        assert_eq!(back.password.expose(), "correct horse");
        assert_eq!(back, credential);
        let debug = format!("{credential:?}");
        assert!(!debug.contains("correct horse"), "{debug}");
        assert!(debug.contains("*****"), "{debug}");
        assert_ne!(credential.password, Password::new("correct horsf".into()));
        assert_ne!(credential.password, Password::new("correct".into()));
    }
}
