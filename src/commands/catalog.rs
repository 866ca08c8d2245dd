//! `meshman password|contact|task|bookmark|ssh|mail ...`: reading and
//! changing catalogs on this device (reference-10 §6). Every change is
//! sealed at once (signed by this device, encrypted to the catalog key) and
//! queued in the local store; `meshman sync` sends it. Nothing here needs
//! the network.

use std::collections::HashMap;
use std::io::IsTerminal;

use anyhow::{Context as _, Result};
use serde_json::json;
use zeroize::Zeroizing;

use super::{Context, UserError};
use crate::catalog::entry::{
    self, Bookmark, Connection, Contact, Credential, Deletion, KnownHost, MailAccount, Password,
    SshKey, Task,
};
use crate::catalog::store::{LocalStore, StoredEntry};
use crate::catalog::{CatalogKeys, Entry, Opener, Sealer};
use crate::cli::catalog::{
    BookmarkCommand, ContactCommand, KnownHostsCommand, MailCommand, PasswordCommand, Security,
    SshCommand, TaskCommand,
};
use crate::crypto::{EncryptionKey, Jwk};
use crate::home::{DeviceKeys, Home};
use crate::keystore::Access;
use crate::profile::{self, VerifiedProfile};
use crate::secret::SecretBytes;

/// What catalog commands work with: the keystore, the local store, the
/// profile and this device's keys.
pub struct Session {
    /// The keystore (locked for writing while the session lives).
    pub home: Home,
    /// The local catalog store.
    pub store: LocalStore,
    /// The profile's fingerprint.
    pub fingerprint: String,
    /// The verified personal profile.
    pub verified: VerifiedProfile,
    /// This device's private keys.
    pub device: DeviceKeys,
    /// This device's fingerprint.
    pub device_udf: String,
}

#[derive(serde::Serialize, serde::Deserialize, Default)]
#[serde(rename_all = "PascalCase")]
struct KeyRing {
    keys: Vec<RingKey>,
}

#[derive(serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
struct RingKey {
    catalog: String,
    key: Jwk,
}

impl Session {
    /// Opens the session for the profile `fingerprint` (default: the default profile).
    pub fn open(ctx: &Context, fingerprint: Option<&str>) -> Result<Session> {
        let mut home = ctx.open_existing(Access::Write)?;
        let local = home.find_profile(fingerprint)?;
        let verified = profile::verify_personal(&local.signed)
            .with_context(|| format!("stored profile {} does not verify", local.fingerprint))?;
        let device_udf = super::account::this_device(&home)?;
        if verified.device(&device_udf).is_none() {
            return Err(UserError::new(format!(
                "this device is not a device of profile {}",
                local.fingerprint
            ))
            .into());
        }
        let device = home.device_keys()?;
        let store = LocalStore::open(&ctx.home).context("cannot open the local catalog store")?;
        Ok(Session {
            home,
            store,
            fingerprint: local.fingerprint,
            verified,
            device,
            device_udf,
        })
    }

    fn ring_path(&self) -> String {
        format!("catalogs/{}/keys.json", self.fingerprint)
    }

    /// The keys of `catalog`: opened from the profile with this device's key,
    /// plus earlier keys from the device's key ring. A key seen for the first
    /// time is added to the ring (encrypted in the keystore), so entries
    /// sealed to it stay readable after the catalog is re-keyed.
    pub fn keys(&mut self, catalog: &str) -> Result<CatalogKeys> {
        let rel = self.ring_path();
        let mut ring: KeyRing = if self.home.keystore().exists(&rel) {
            let secret = self.home.keystore().read_secret(&rel)?;
            serde_json::from_slice(secret.expose()).with_context(|| format!("{rel} is damaged"))?
        } else {
            KeyRing::default()
        };
        let previous: Vec<EncryptionKey> = ring
            .keys
            .iter()
            .filter(|k| k.catalog == catalog)
            .filter_map(|k| EncryptionKey::from_private_jwk(&k.key).ok())
            .collect();
        let keys = CatalogKeys::open(&self.verified, catalog, &self.device.encryption, previous)
            .map_err(|e| {
                UserError::new(e.to_string())
                    .hint("an administration device must wrap the catalog key to this device")
            })?;
        let current = keys.current_udf();
        if !ring
            .keys
            .iter()
            .any(|k| k.catalog == catalog && k.key.x == keys.current.public_key().to_jwk().x)
        {
            ring.keys.push(RingKey {
                catalog: catalog.to_string(),
                key: keys.current.to_private_jwk(),
            });
            let bytes = SecretBytes::new(serde_json::to_vec(&ring).expect("keys serialize"));
            self.home.keystore().write_secret(&rel, &bytes)?;
            let _ = current;
        }
        Ok(keys)
    }

    /// Seals and queues `entry`.
    pub fn put(&mut self, keys: &CatalogKeys, entry: &Entry) -> Result<String> {
        let unique_id = keys.unique_id(&entry.natural_key());
        let envelope = Sealer::new(keys, &self.device.signature).seal(entry);
        self.store.enqueue(
            &self.fingerprint,
            &keys.catalog,
            &unique_id,
            &envelope,
            false,
        )?;
        Ok(unique_id)
    }

    /// Seals and queues the deletion of `unique_id`.
    pub fn delete(&mut self, keys: &CatalogKeys, unique_id: &str) -> Result<()> {
        let entry = Entry::CatalogedDeletion(Deletion {
            unique_id: unique_id.to_string(),
        });
        let envelope = Sealer::new(keys, &self.device.signature).seal(&entry);
        self.store
            .enqueue(&self.fingerprint, &keys.catalog, unique_id, &envelope, true)?;
        Ok(())
    }

    /// The live entries of a catalog as this device sees them, decrypted.
    pub fn live(
        &mut self,
        keys: &CatalogKeys,
        out: &super::Output,
    ) -> Result<Vec<(StoredEntry, Entry)>> {
        let view = self.store.view(&self.fingerprint, &keys.catalog)?;
        let mut opener = Opener::new(keys);
        let mut result = Vec::with_capacity(view.len());
        let mut unreadable = 0;
        for stored in view {
            if stored.deleted {
                continue;
            }
            let Some(envelope) = &stored.envelope else {
                continue;
            };
            match opener.open(&stored.unique_id, envelope) {
                Ok(Entry::CatalogedDeletion(_)) => {}
                Ok(entry) => result.push((stored, entry)),
                Err(e) => {
                    unreadable += 1;
                    out.detail(format!("entry {}: {e}", stored.unique_id));
                }
            }
        }
        if unreadable > 0 {
            out.warn(format!(
                "{unreadable} {} entries cannot be read on this device (-v says why)",
                keys.catalog
            ));
        }
        Ok(result)
    }

    /// One entry by natural key, decrypted, if it is live.
    pub fn find(
        &mut self,
        keys: &CatalogKeys,
        natural_key: &str,
    ) -> Result<Option<(String, Entry)>> {
        let unique_id = keys.unique_id(natural_key);
        let Some(stored) = self
            .store
            .get(&self.fingerprint, &keys.catalog, &unique_id)?
        else {
            return Ok(None);
        };
        if stored.deleted {
            return Ok(None);
        }
        let Some(envelope) = &stored.envelope else {
            return Ok(None);
        };
        match Opener::new(keys).open(&unique_id, envelope)? {
            Entry::CatalogedDeletion(_) => Ok(None),
            entry => Ok(Some((unique_id, entry))),
        }
    }
}

fn queued_note(ctx: &Context) {
    ctx.out
        .info("Saved on this device; `meshman sync` sends it to the portal.");
}

// -- passwords ---------------------------------------------------------------

/// Runs a `password` subcommand.
pub fn password(ctx: &Context, profile: Option<&str>, cmd: PasswordCommand) -> Result<()> {
    match cmd {
        PasswordCommand::Generate { bits } => {
            let password = generate_password(bits)?;
            if ctx.out.json {
                return ctx
                    .out
                    .json(&json!({"password": password.expose(), "bits": bits}));
            }
            ctx.out.data(password.expose())
        }
        PasswordCommand::Add {
            site,
            username,
            password_file,
            generate,
            bits,
            note,
        } => {
            let password = if generate {
                generate_password(bits)?
            } else {
                read_site_password(password_file.as_deref())?
            };
            let mut s = Session::open(ctx, profile)?;
            let keys = s.keys("credential")?;
            let service = entry::service_name(&site);
            let url = site.contains("://").then(|| site.clone());
            s.put(
                &keys,
                &Entry::CatalogedCredential(Credential {
                    service: service.clone(),
                    username: username.clone(),
                    password: password.clone(),
                    url,
                    note,
                }),
            )?;
            if ctx.out.json {
                let mut doc = json!({"service": service, "username": username});
                if generate {
                    doc["password"] = json!(password.expose());
                }
                return ctx.out.json(&doc);
            }
            queued_note(ctx);
            if generate {
                ctx.out.data(password.expose())?;
            }
            Ok(())
        }
        PasswordCommand::Get { site, username } => {
            let mut s = Session::open(ctx, profile)?;
            let keys = s.keys("credential")?;
            let (_, c) = find_credential(&mut s, &keys, ctx, &site, username.as_deref())?;
            if ctx.out.json {
                return ctx.out.json(&credential_json(&c, false));
            }
            ctx.out.data(c.password.expose())
        }
        PasswordCommand::List => {
            let mut s = Session::open(ctx, profile)?;
            let keys = s.keys("credential")?;
            let mut rows: Vec<(bool, Credential)> = s
                .live(&keys, &ctx.out)?
                .into_iter()
                .filter_map(|(st, e)| match e {
                    Entry::CatalogedCredential(c) => Some((st.pending, c)),
                    _ => None,
                })
                .collect();
            rows.sort_by(|a, b| (&a.1.service, &a.1.username).cmp(&(&b.1.service, &b.1.username)));
            if ctx.out.json {
                let docs: Vec<_> = rows
                    .iter()
                    .map(|(pending, c)| {
                        let mut d = credential_json(c, true);
                        d["pending"] = json!(pending);
                        d
                    })
                    .collect();
                return ctx.out.json(&json!(docs));
            }
            for (pending, c) in &rows {
                let user = if c.username.is_empty() {
                    "-"
                } else {
                    &c.username
                };
                let mark = if *pending { "  (not yet synced)" } else { "" };
                ctx.out.data(format!("{}  {user}{mark}", c.service))?;
            }
            Ok(())
        }
        PasswordCommand::Delete { site, username } => {
            let mut s = Session::open(ctx, profile)?;
            let keys = s.keys("credential")?;
            let (unique_id, c) = find_credential(&mut s, &keys, ctx, &site, username.as_deref())?;
            s.delete(&keys, &unique_id)?;
            if ctx.out.json {
                return ctx
                    .out
                    .json(&json!({"service": c.service, "username": c.username, "deleted": true}));
            }
            ctx.out
                .info(format!("Deleted {} ({})", c.service, c.username));
            queued_note(ctx);
            Ok(())
        }
        PasswordCommand::Import { file } => import(ctx, profile, &file),
    }
}

fn credential_json(c: &Credential, hide_password: bool) -> serde_json::Value {
    let mut doc = json!({
        "service": c.service,
        "username": c.username,
        "url": c.url,
        "note": c.note,
    });
    if !hide_password {
        doc["password"] = json!(c.password.expose());
    }
    doc
}

/// A password of at least `bits` random bits: base32 characters (5 bits
/// each) in groups of four, like a UDF.
pub fn generate_password(bits: u32) -> Result<Password> {
    if !(64..=512).contains(&bits) {
        return Err(
            UserError::new(format!("--bits must be between 64 and 512 (got {bits})"))
                .code(super::EXIT_USAGE)
                .into(),
        );
    }
    let chars = (bits as usize).div_ceil(5);
    let random = SecretBytes::random((chars * 5).div_ceil(8));
    let mut text = Zeroizing::new(crate::udf::base32_encode(random.expose()));
    text.truncate(chars);
    Ok(Password::new(crate::udf::group4(&text)))
}

/// The password to store: the first line of `file` or of stdin, or typed
/// twice at a terminal. Every copy read on the way is zeroed when dropped.
fn read_site_password(file: Option<&std::path::Path>) -> Result<Password> {
    let bytes = Zeroizing::new(match file {
        Some(f) => super::read_input(Some(f))?,
        None if std::io::stdin().is_terminal() => {
            let mut first = Zeroizing::new(
                rpassword::prompt_password("Password: ").context("cannot read the password")?,
            );
            let again = Zeroizing::new(
                rpassword::prompt_password("Password (again): ")
                    .context("cannot read the password")?,
            );
            if first != again {
                return Err(UserError::new("the two passwords differ").into());
            }
            // Moved out, not copied: the emptied original is what drops.
            std::mem::take(&mut *first).into_bytes()
        }
        None => super::read_input(None)?,
    });
    // Checked in place: a `FromUtf8Error` would carry the bytes off unzeroed.
    let text = std::str::from_utf8(&bytes).context(if file.is_some() {
        "the password file is not UTF-8"
    } else {
        "stdin is not UTF-8"
    })?;
    let line = text.lines().next().unwrap_or("");
    if line.is_empty() {
        return Err(UserError::new("the password is empty")
            .hint("pass --password-file FILE, --generate, or type it when asked")
            .into());
    }
    Ok(Password::new(line.to_owned()))
}

fn find_credential(
    s: &mut Session,
    keys: &CatalogKeys,
    ctx: &Context,
    site: &str,
    username: Option<&str>,
) -> Result<(String, Credential)> {
    let service = entry::service_name(site);
    if let Some(user) = username {
        if let Some((uid, Entry::CatalogedCredential(c))) =
            s.find(keys, &entry::credential_key(&service, user))?
        {
            return Ok((uid, c));
        }
        return Err(UserError::new(format!("no password for {user} at {service}")).into());
    }
    let mut found: Vec<(String, Credential)> = s
        .live(keys, &ctx.out)?
        .into_iter()
        .filter_map(|(st, e)| match e {
            Entry::CatalogedCredential(c) if c.service == service => Some((st.unique_id, c)),
            _ => None,
        })
        .collect();
    match found.len() {
        0 => Err(UserError::new(format!("no password for {service}"))
            .hint("`meshman password list` shows the stored sites; `meshman sync` fetches new ones")
            .into()),
        1 => Ok(found.remove(0)),
        _ => {
            let users: Vec<_> = found.iter().map(|(_, c)| c.username.as_str()).collect();
            Err(UserError::new(format!(
                "{service} has passwords for several users: {}",
                users.join(", ")
            ))
            .hint("pass --username USER")
            .into())
        }
    }
}

fn import(ctx: &Context, profile: Option<&str>, file: &std::path::Path) -> Result<()> {
    let bytes = super::read_input(Some(file))?;
    let text =
        String::from_utf8(bytes).with_context(|| format!("{} is not UTF-8", file.display()))?;
    let (format, credentials) = crate::catalog::csv::credentials(&text)
        .map_err(|e| UserError::new(format!("cannot read {}: {e}", file.display())))?;
    let mut s = Session::open(ctx, profile)?;
    let keys = s.keys("credential")?;
    let existing: HashMap<String, Credential> = s
        .live(&keys, &ctx.out)?
        .into_iter()
        .filter_map(|(st, e)| match e {
            Entry::CatalogedCredential(c) => Some((st.unique_id, c)),
            _ => None,
        })
        .collect();
    let sealer = Sealer::new(&keys, &s.device.signature);
    let mut fresh: HashMap<String, Credential> = HashMap::new();
    let mut changes = Vec::new();
    let (mut new, mut same) = (0u64, 0u64);
    let mut conflicting = Vec::new();
    for c in credentials {
        let uid = keys.unique_id(&entry::credential_key(&c.service, &c.username));
        let known = existing.get(&uid).or_else(|| fresh.get(&uid));
        match known {
            Some(k) if k.password == c.password => same += 1,
            Some(_) => conflicting.push(json!({"service": c.service, "username": c.username})),
            None => {
                let envelope = sealer.seal(&Entry::CatalogedCredential(c.clone()));
                changes.push((uid.clone(), envelope, false, None));
                fresh.insert(uid, c);
                new += 1;
            }
        }
    }
    s.store
        .enqueue_many(&s.fingerprint, "credential", &changes, false)?;
    let format = format!("{format:?}").to_lowercase();
    if ctx.out.json {
        return ctx.out.json(&json!({
            "format": format, "new": new, "same": same, "conflicting": conflicting,
        }));
    }
    ctx.out.data(format!(
        "Imported {format} export: {new} new, {same} already stored, {} conflicting",
        conflicting.len()
    ))?;
    for c in &conflicting {
        ctx.out.warn(format!(
            "{} ({}): a different password is stored; kept it (`meshman password add` replaces it)",
            c["service"].as_str().unwrap_or(""),
            c["username"].as_str().unwrap_or("")
        ));
    }
    if new > 0 {
        queued_note(ctx);
    }
    Ok(())
}

// -- contacts ------------------------------------------------------------------

/// Runs a `contact` subcommand.
pub fn contact(ctx: &Context, profile: Option<&str>, cmd: ContactCommand) -> Result<()> {
    let mut s = Session::open(ctx, profile)?;
    let keys = s.keys("contact")?;
    let key = |name: &str| {
        Entry::CatalogedContact(Contact {
            name: name.to_string(),
            emails: vec![],
            phones: vec![],
            addresses: vec![],
            mesh_address: None,
        })
        .natural_key()
    };
    let contact_json = |c: &Contact| {
        json!({"name": c.name, "emails": c.emails, "phones": c.phones,
               "addresses": c.addresses, "mesh_address": c.mesh_address})
    };
    match cmd {
        ContactCommand::Add {
            name,
            email,
            phone,
            address,
            mesh,
        } => {
            let c = Contact {
                name,
                emails: email,
                phones: phone,
                addresses: address,
                mesh_address: mesh,
            };
            s.put(&keys, &Entry::CatalogedContact(c.clone()))?;
            if ctx.out.json {
                return ctx.out.json(&contact_json(&c));
            }
            queued_note(ctx);
            Ok(())
        }
        ContactCommand::List => {
            let mut rows: Vec<Contact> = s
                .live(&keys, &ctx.out)?
                .into_iter()
                .filter_map(|(_, e)| match e {
                    Entry::CatalogedContact(c) => Some(c),
                    _ => None,
                })
                .collect();
            rows.sort_by_key(|c| c.name.to_lowercase());
            if ctx.out.json {
                return ctx
                    .out
                    .json(&json!(rows.iter().map(contact_json).collect::<Vec<_>>()));
            }
            for c in rows {
                let detail = c
                    .emails
                    .first()
                    .or(c.phones.first())
                    .cloned()
                    .unwrap_or_default();
                ctx.out.data(format!("{}  {detail}", c.name))?;
            }
            Ok(())
        }
        ContactCommand::Show { name } => {
            let Some((_, Entry::CatalogedContact(c))) = s.find(&keys, &key(&name))? else {
                return Err(UserError::new(format!("no contact named {name}")).into());
            };
            if ctx.out.json {
                return ctx.out.json(&contact_json(&c));
            }
            ctx.out.data(format!("Name     {}", c.name))?;
            for e in &c.emails {
                ctx.out.data(format!("Email    {e}"))?;
            }
            for p in &c.phones {
                ctx.out.data(format!("Phone    {p}"))?;
            }
            for a in &c.addresses {
                ctx.out.data(format!("Address  {a}"))?;
            }
            if let Some(m) = &c.mesh_address {
                ctx.out.data(format!("Mesh     {m}"))?;
            }
            Ok(())
        }
        ContactCommand::Delete { name } => {
            let Some((uid, _)) = s.find(&keys, &key(&name))? else {
                return Err(UserError::new(format!("no contact named {name}")).into());
            };
            s.delete(&keys, &uid)?;
            deleted(ctx, &name)
        }
    }
}

fn deleted(ctx: &Context, what: &str) -> Result<()> {
    if ctx.out.json {
        return ctx.out.json(&json!({"deleted": what}));
    }
    ctx.out.info(format!("Deleted {what}"));
    queued_note(ctx);
    Ok(())
}

// -- tasks ---------------------------------------------------------------------

/// Runs a `task` subcommand.
pub fn task(ctx: &Context, profile: Option<&str>, cmd: TaskCommand) -> Result<()> {
    let mut s = Session::open(ctx, profile)?;
    let keys = s.keys("task")?;
    let key = |title: &str| {
        Entry::CatalogedTask(Task {
            title: title.to_string(),
            due: None,
            done: false,
        })
        .natural_key()
    };
    let task_json = |t: &Task| json!({"title": t.title, "due": t.due, "done": t.done});
    match cmd {
        TaskCommand::Add { title, due } => {
            let t = Task {
                title,
                due,
                done: false,
            };
            s.put(&keys, &Entry::CatalogedTask(t.clone()))?;
            if ctx.out.json {
                return ctx.out.json(&task_json(&t));
            }
            queued_note(ctx);
            Ok(())
        }
        TaskCommand::List { all } => {
            let mut rows: Vec<Task> = s
                .live(&keys, &ctx.out)?
                .into_iter()
                .filter_map(|(_, e)| match e {
                    Entry::CatalogedTask(t) if all || !t.done => Some(t),
                    _ => None,
                })
                .collect();
            rows.sort_by(|a, b| (a.done, &a.due, &a.title).cmp(&(b.done, &b.due, &b.title)));
            if ctx.out.json {
                return ctx
                    .out
                    .json(&json!(rows.iter().map(task_json).collect::<Vec<_>>()));
            }
            for t in rows {
                let mark = if t.done { "[x]" } else { "[ ]" };
                let due = t.due.map(|d| format!("  (due {d})")).unwrap_or_default();
                ctx.out.data(format!("{mark} {}{due}", t.title))?;
            }
            Ok(())
        }
        TaskCommand::Done { title } => {
            let Some((_, Entry::CatalogedTask(mut t))) = s.find(&keys, &key(&title))? else {
                return Err(UserError::new(format!("no task {title:?}")).into());
            };
            t.done = true;
            s.put(&keys, &Entry::CatalogedTask(t.clone()))?;
            if ctx.out.json {
                return ctx.out.json(&task_json(&t));
            }
            queued_note(ctx);
            Ok(())
        }
        TaskCommand::Delete { title } => {
            let Some((uid, _)) = s.find(&keys, &key(&title))? else {
                return Err(UserError::new(format!("no task {title:?}")).into());
            };
            s.delete(&keys, &uid)?;
            deleted(ctx, &title)
        }
    }
}

// -- bookmarks -----------------------------------------------------------------

/// Runs a `bookmark` subcommand.
pub fn bookmark(ctx: &Context, profile: Option<&str>, cmd: BookmarkCommand) -> Result<()> {
    let mut s = Session::open(ctx, profile)?;
    let keys = s.keys("bookmark")?;
    let key = |uri: &str| {
        Entry::CatalogedBookmark(Bookmark {
            uri: uri.to_string(),
            title: None,
            tags: vec![],
        })
        .natural_key()
    };
    let bookmark_json = |b: &Bookmark| json!({"url": b.uri, "title": b.title, "tags": b.tags});
    match cmd {
        BookmarkCommand::Add { url, title, tag } => {
            let b = Bookmark {
                uri: url,
                title,
                tags: tag,
            };
            s.put(&keys, &Entry::CatalogedBookmark(b.clone()))?;
            if ctx.out.json {
                return ctx.out.json(&bookmark_json(&b));
            }
            queued_note(ctx);
            Ok(())
        }
        BookmarkCommand::List { tag } => {
            let mut rows: Vec<Bookmark> = s
                .live(&keys, &ctx.out)?
                .into_iter()
                .filter_map(|(_, e)| match e {
                    Entry::CatalogedBookmark(b)
                        if tag.as_ref().is_none_or(|t| b.tags.contains(t)) =>
                    {
                        Some(b)
                    }
                    _ => None,
                })
                .collect();
            rows.sort_by(|a, b| a.uri.cmp(&b.uri));
            if ctx.out.json {
                return ctx
                    .out
                    .json(&json!(rows.iter().map(bookmark_json).collect::<Vec<_>>()));
            }
            for b in rows {
                let title = b.title.unwrap_or_default();
                let tags = if b.tags.is_empty() {
                    String::new()
                } else {
                    format!("  [{}]", b.tags.join(", "))
                };
                ctx.out.data(format!("{}  {title}{tags}", b.uri))?;
            }
            Ok(())
        }
        BookmarkCommand::Delete { url } => {
            let Some((uid, _)) = s.find(&keys, &key(&url))? else {
                return Err(UserError::new(format!("no bookmark {url}")).into());
            };
            s.delete(&keys, &uid)?;
            deleted(ctx, &url)
        }
    }
}

// -- ssh -----------------------------------------------------------------------

fn check_ssh_key(line: &str) -> Result<(String, String)> {
    let mut parts = line.split_whitespace();
    let (Some(kind), Some(body)) = (parts.next(), parts.next()) else {
        return Err(UserError::new(format!("not an OpenSSH public key: {line:?}")).into());
    };
    let known = kind.starts_with("ssh-") || kind.starts_with("ecdsa-") || kind.starts_with("sk-");
    let decodes = base64::Engine::decode(&base64::engine::general_purpose::STANDARD, body).is_ok();
    if !known || !decodes {
        return Err(
            UserError::new(format!("not an OpenSSH public key: {kind} {body:.20}...")).into(),
        );
    }
    Ok((kind.to_string(), body.to_string()))
}

/// Runs an `ssh` subcommand.
pub fn ssh(ctx: &Context, profile: Option<&str>, cmd: SshCommand) -> Result<()> {
    let mut s = Session::open(ctx, profile)?;
    let keys = s.keys("ssh")?;
    let ssh_keys = |s: &mut Session| -> Result<Vec<(String, SshKey)>> {
        Ok(s.live(&keys, &ctx.out)?
            .into_iter()
            .filter_map(|(st, e)| match e {
                Entry::CatalogedSshKey(k) => Some((st.unique_id, k)),
                _ => None,
            })
            .collect())
    };
    let hosts = |s: &mut Session| -> Result<Vec<(String, KnownHost)>> {
        let mut v: Vec<_> = s
            .live(&keys, &ctx.out)?
            .into_iter()
            .filter_map(|(st, e)| match e {
                Entry::CatalogedKnownHost(h) => Some((st.unique_id, h)),
                _ => None,
            })
            .collect();
        v.sort_by(|a, b| (&a.1.host, &a.1.key_type).cmp(&(&b.1.host, &b.1.key_type)));
        Ok(v)
    };
    let description = |v: &VerifiedProfile, udf: &str| {
        v.device(udf)
            .and_then(|d| d.description.clone())
            .unwrap_or_default()
    };
    match cmd {
        SshCommand::AddKey { file, device } => {
            let device = match device {
                None => s.device_udf.clone(),
                Some(prefix) => s
                    .verified
                    .devices
                    .iter()
                    .find(|d| crate::udf::matches(&prefix, &d.identifier))
                    .map(|d| d.identifier.clone())
                    .ok_or_else(|| {
                        UserError::new(format!("no device of the profile matches {prefix}"))
                            .hint("`meshman profile show` lists the devices")
                    })?,
            };
            let text = String::from_utf8(super::read_input(Some(&file))?)
                .context("the key file is not UTF-8")?;
            let mut added = Vec::new();
            for line in text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
            {
                check_ssh_key(line)?;
                s.put(
                    &keys,
                    &Entry::CatalogedSshKey(SshKey {
                        device: device.clone(),
                        public_key: line.to_string(),
                    }),
                )?;
                added.push(line.to_string());
            }
            if added.is_empty() {
                return Err(
                    UserError::new(format!("{} holds no public key", file.display())).into(),
                );
            }
            if ctx.out.json {
                return ctx.out.json(&json!({"device": device, "keys": added}));
            }
            ctx.out.info(format!(
                "Recorded {} key(s) for device {device}",
                added.len()
            ));
            queued_note(ctx);
            Ok(())
        }
        SshCommand::Keys => {
            let mut rows = ssh_keys(&mut s)?;
            rows.sort_by(|a, b| {
                (&a.1.device, &a.1.public_key).cmp(&(&b.1.device, &b.1.public_key))
            });
            if ctx.out.json {
                let docs: Vec<_> = rows
                    .iter()
                    .map(|(_, k)| json!({"device": k.device, "device_description": description(&s.verified, &k.device), "key": k.public_key, "current_device": s.verified.device(&k.device).is_some()}))
                    .collect();
                return ctx.out.json(&json!(docs));
            }
            for (_, k) in rows {
                ctx.out.data(format!(
                    "{}  {}  {}",
                    profile::short(&k.device),
                    description(&s.verified, &k.device),
                    k.public_key
                ))?;
            }
            Ok(())
        }
        SshCommand::RemoveKey { key } => {
            let matching: Vec<_> = ssh_keys(&mut s)?
                .into_iter()
                .filter(|(_, k)| {
                    let mut parts = k.public_key.split_whitespace().skip(1);
                    let body = parts.next().unwrap_or("");
                    let comment: Vec<&str> = parts.collect();
                    body.starts_with(&key) || comment.join(" ") == key
                })
                .collect();
            match matching.as_slice() {
                [] => Err(UserError::new(format!("no SSH key matches {key}")).into()),
                [(uid, k)] => {
                    let uid = uid.clone();
                    let line = k.public_key.clone();
                    s.delete(&keys, &uid)?;
                    deleted(ctx, &line)
                }
                _ => Err(UserError::new(format!(
                    "{} keys match {key}; give more of it",
                    matching.len()
                ))
                .into()),
            }
        }
        SshCommand::AuthorizedKeys => {
            let rows = ssh_keys(&mut s)?;
            let mut lines = vec![format!(
                "# meshman: SSH keys of the devices of profile {}",
                s.fingerprint
            )];
            let mut docs = Vec::new();
            for device in &s.verified.devices {
                for (_, k) in rows.iter().filter(|(_, k)| k.device == device.identifier) {
                    lines.push(format!(
                        "# {} {}",
                        device.description.as_deref().unwrap_or("device"),
                        device.identifier
                    ));
                    lines.push(k.public_key.clone());
                    docs.push(json!({"device": device.identifier, "key": k.public_key}));
                }
            }
            if ctx.out.json {
                return ctx.out.json(&json!(docs));
            }
            ctx.out.data(lines.join("\n"))
        }
        SshCommand::KnownHosts(cmd) => known_hosts(ctx, &mut s, &keys, cmd, hosts),
    }
}

fn known_hosts(
    ctx: &Context,
    s: &mut Session,
    keys: &CatalogKeys,
    cmd: KnownHostsCommand,
    hosts: impl Fn(&mut Session) -> Result<Vec<(String, KnownHost)>>,
) -> Result<()> {
    let host_json = |h: &KnownHost| json!({"host": h.host, "key_type": h.key_type, "key": h.key});
    match cmd {
        KnownHostsCommand::Add {
            source,
            key_type,
            key,
        } => {
            let mut entries = Vec::new();
            match (key_type, key) {
                (Some(kt), Some(k)) => {
                    check_ssh_key(&format!("{kt} {k}"))?;
                    entries.push(KnownHost {
                        host: source,
                        key_type: kt,
                        key: k,
                    });
                }
                (None, None) => {
                    let text =
                        String::from_utf8(super::read_input(Some(std::path::Path::new(&source)))?)
                            .context("the known_hosts file is not UTF-8")?;
                    for line in text
                        .lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty() && !l.starts_with('#'))
                    {
                        let mut parts = line.split_whitespace();
                        let (Some(host), Some(kt), Some(k)) =
                            (parts.next(), parts.next(), parts.next())
                        else {
                            return Err(UserError::new(format!(
                                "not a known_hosts line: {line:?}"
                            ))
                            .into());
                        };
                        check_ssh_key(&format!("{kt} {k}"))?;
                        entries.push(KnownHost {
                            host: host.to_string(),
                            key_type: kt.to_string(),
                            key: k.to_string(),
                        });
                    }
                }
                _ => {
                    return Err(
                        UserError::new("give HOST TYPE KEY, or a known_hosts file alone")
                            .code(super::EXIT_USAGE)
                            .into(),
                    );
                }
            }
            for h in &entries {
                s.put(keys, &Entry::CatalogedKnownHost(h.clone()))?;
            }
            if ctx.out.json {
                return ctx
                    .out
                    .json(&json!(entries.iter().map(host_json).collect::<Vec<_>>()));
            }
            ctx.out
                .info(format!("Recorded {} host key(s)", entries.len()));
            queued_note(ctx);
            Ok(())
        }
        KnownHostsCommand::List => {
            let rows = hosts(s)?;
            if ctx.out.json {
                return ctx.out.json(&json!(
                    rows.iter().map(|(_, h)| host_json(h)).collect::<Vec<_>>()
                ));
            }
            for (_, h) in rows {
                ctx.out
                    .data(format!("{}  {}  {:.16}...", h.host, h.key_type, h.key))?;
            }
            Ok(())
        }
        KnownHostsCommand::Export => {
            for (_, h) in hosts(s)? {
                ctx.out
                    .data(format!("{} {} {}", h.host, h.key_type, h.key))?;
            }
            Ok(())
        }
        KnownHostsCommand::Delete { host } => {
            let matching: Vec<String> = hosts(s)?
                .into_iter()
                .filter(|(_, h)| h.host.eq_ignore_ascii_case(&host))
                .map(|(uid, _)| uid)
                .collect();
            if matching.is_empty() {
                return Err(UserError::new(format!("no known host key for {host}")).into());
            }
            for uid in &matching {
                s.delete(keys, uid)?;
            }
            deleted(ctx, &host)
        }
    }
}

// -- mail ----------------------------------------------------------------------

fn security(s: Security) -> String {
    match s {
        Security::Direct => "Direct",
        Security::Upgrade => "Upgrade",
        Security::None => "None",
    }
    .to_string()
}

/// Runs a `mail` subcommand.
pub fn mail(ctx: &Context, profile: Option<&str>, cmd: MailCommand) -> Result<()> {
    let mut s = Session::open(ctx, profile)?;
    let keys = s.keys("mail")?;
    let conn_json = |c: &Option<Connection>| {
        c.as_ref().map(|c| {
            json!({"server": c.service_name, "port": c.port, "security": c.security.first(), "username": c.user_name})
        })
    };
    let mail_json = |m: &MailAccount| json!({"address": m.address, "inbound": conn_json(&m.inbound), "outbound": conn_json(&m.outbound)});
    match cmd {
        MailCommand::Add {
            address,
            server,
            port,
            security: sec,
            username,
            smtp_server,
            smtp_port,
            smtp_security,
        } => {
            let user = username.unwrap_or_else(|| address.clone());
            let m = MailAccount {
                address: address.clone(),
                inbound: Some(Connection {
                    service_name: Some(server),
                    port: Some(port),
                    security: vec![security(sec)],
                    user_name: Some(user.clone()),
                }),
                outbound: smtp_server.map(|server| Connection {
                    service_name: Some(server),
                    port: Some(smtp_port),
                    security: vec![security(smtp_security)],
                    user_name: Some(user),
                }),
            };
            s.put(&keys, &Entry::CatalogedMail(m.clone()))?;
            if ctx.out.json {
                return ctx.out.json(&mail_json(&m));
            }
            queued_note(ctx);
            Ok(())
        }
        MailCommand::List => {
            let mut rows: Vec<MailAccount> = s
                .live(&keys, &ctx.out)?
                .into_iter()
                .filter_map(|(_, e)| match e {
                    Entry::CatalogedMail(m) => Some(m),
                    _ => None,
                })
                .collect();
            rows.sort_by(|a, b| a.address.cmp(&b.address));
            if ctx.out.json {
                return ctx
                    .out
                    .json(&json!(rows.iter().map(mail_json).collect::<Vec<_>>()));
            }
            for m in rows {
                let inbound = m
                    .inbound
                    .as_ref()
                    .map(|c| {
                        format!(
                            "{}:{} {}",
                            c.service_name.as_deref().unwrap_or("?"),
                            c.port.unwrap_or(0),
                            c.security.first().map_or("", String::as_str)
                        )
                    })
                    .unwrap_or_default();
                ctx.out.data(format!("{}  {inbound}", m.address))?;
            }
            Ok(())
        }
        MailCommand::Delete { address } => {
            let key = Entry::CatalogedMail(MailAccount {
                address: address.clone(),
                inbound: None,
                outbound: None,
            })
            .natural_key();
            let Some((uid, _)) = s.find(&keys, &key)? else {
                return Err(UserError::new(format!("no mail account {address}")).into());
            };
            s.delete(&keys, &uid)?;
            deleted(ctx, &address)
        }
    }
}
