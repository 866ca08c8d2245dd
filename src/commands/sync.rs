//! `meshman sync` and `meshman conflicts`: bidirectional catalog
//! synchronization with the portal (reference-10 §5.1, PROTOCOL.md §9) and
//! settling the conflicts it finds.

use anyhow::{Context as _, Result};
use serde_json::json;

use super::catalog::Session;
use super::{Context, UserError};
use crate::catalog::store::StoredConflict;
use crate::catalog::sync::{self, MAX_REQUEST_BYTES, Phase, SyncReport, Syncer};
use crate::catalog::{Entry, Opener, device_signers};
use crate::cli::catalog::{ConflictsArgs, ConflictsCommand, Keep, SyncArgs};
use crate::profile::{self, CATALOGS, PersonalProfile};
use crate::protocol::{GetRequest, Request, Response};

/// Exit status of `meshman sync` when it finished but left conflicts (or
/// refused forged entries) for the user to look at.
pub const EXIT_CONFLICTS: u8 = 3;

/// Items to move before a progress bar is worth drawing.
const PROGRESS_THRESHOLD: u64 = 500;

/// Runs `meshman sync`.
pub fn run(ctx: &Context, args: SyncArgs) -> Result<()> {
    for c in &args.catalogs {
        if !CATALOGS.contains(&c.as_str()) {
            return Err(UserError::new(format!("there is no catalog {c:?}"))
                .hint(format!("catalogs: {}", CATALOGS.join(", ")))
                .code(super::EXIT_USAGE)
                .into());
        }
    }
    let catalogs: Vec<&str> = if args.catalogs.is_empty() {
        CATALOGS.to_vec()
    } else {
        args.catalogs.iter().map(String::as_str).collect()
    };
    let binding = {
        let home = ctx.open_existing(crate::keystore::Access::Read)?;
        home.account(args.account.as_deref())?
    };
    let mut s = Session::open(ctx, Some(&binding.profile))?;
    let client = super::connect(Some(&binding.account), &args.network, Some(&binding))?;
    refresh_profile(ctx, &mut s, &client, &binding.account)?;
    let signers = device_signers(&s.verified);
    let account = binding.account.clone();
    let auth = s.device.authentication.seed().duplicate();
    let auth = crate::crypto::SigningKey::from_seed(auth.expose()).expect("a seed");
    let mut call = |r: &Request| client.call(r, Some((&account, &auth)));

    let bar = ctx.out.fancy().then(|| {
        let bar = indicatif::ProgressBar::hidden();
        bar.set_style(
            indicatif::ProgressStyle::with_template("{msg:>24} [{bar:30}] {pos}/{len}")
                .expect("a valid template")
                .progress_chars("=> "),
        );
        bar
    });
    let mut total = SyncReport::default();
    let mut reencrypted = 0;
    for catalog in &catalogs {
        let bar_ref = bar.as_ref();
        let mut progress = |phase: Phase, done: u64, all: u64| {
            let Some(bar) = bar_ref else { return };
            if all < PROGRESS_THRESHOLD {
                return;
            }
            if bar.is_hidden() {
                bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
            }
            let verb = match phase {
                Phase::Download => "receiving",
                Phase::Upload => "sending",
            };
            bar.set_message(format!("{catalog}: {verb}"));
            bar.set_length(all);
            bar.set_position(done);
        };
        let fingerprint = s.fingerprint.clone();
        let device = s.device_udf.clone();
        let mut report = SyncReport::default();
        // A Syncer borrows the store, so one is made per step: the re-key
        // step between download and upload needs the store too.
        macro_rules! syncer {
            () => {
                Syncer {
                    store: &mut s.store,
                    profile: &fingerprint,
                    signers: &signers,
                    device: &device,
                    call: &mut call,
                    progress: &mut progress,
                    max_request_bytes: MAX_REQUEST_BYTES,
                }
            };
        }
        let failed = || format!("cannot sync the {catalog} catalog");
        syncer!()
            .download(catalog, &mut report)
            .with_context(failed)?;
        // A changed catalog key (a device was removed): re-encrypt under the
        // new one before uploading, so removed devices cannot read new versions.
        if needs_rekey(&mut s, catalog)? {
            let keys = s.keys(catalog)?;
            let (n, unreadable) =
                sync::reencrypt(&mut s.store, &fingerprint, &keys, &s.device.signature)?;
            reencrypted += n;
            if unreadable > 0 {
                ctx.out.warn(format!(
                    "{unreadable} {catalog} entries are encrypted to a key this device never held; they were not re-encrypted"
                ));
            }
        }
        // Behind: conflicts to show both sides of, or others appended meanwhile.
        let behind = syncer!()
            .upload(catalog, &mut report)
            .with_context(failed)?;
        if behind {
            syncer!()
                .download(catalog, &mut report)
                .with_context(failed)?;
        }
        total.sent += report.sent;
        total.received += report.received;
        total.conflicts += report.conflicts;
        total.refused += report.refused;
    }
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let conflicts = s.store.conflicts(&s.fingerprint)?;
    let refused = s.store.refused(&s.fingerprint)?;
    let attention = !conflicts.is_empty() || !refused.is_empty();
    if ctx.out.json {
        ctx.out.json(&json!({
            "account": binding.account,
            "sent": total.sent,
            "received": total.received,
            "conflicts": conflicts.len(),
            "new_conflicts": total.conflicts,
            "refused": refused.iter().map(|r| json!({"catalog": r.catalog, "index": r.index, "unique_id": r.unique_id, "reason": r.reason})).collect::<Vec<_>>(),
            "reencrypted": reencrypted,
        }))?;
    } else {
        for r in &refused {
            ctx.out.warn(format!(
                "refused {} frame {} ({}): {}",
                r.catalog, r.index, r.unique_id, r.reason
            ));
        }
        for c in &conflicts {
            ctx.out.warn(format!(
                "conflict {}: {} entry {} was {} on another device",
                c.id,
                c.catalog,
                profile::short(&c.unique_id),
                describe_kind(&c.kind)
            ));
        }
        if reencrypted > 0 {
            ctx.out.info(format!(
                "Re-encrypted {reencrypted} entries under new catalog keys"
            ));
        }
        ctx.out.data(format!(
            "sent {}, received {}, conflicts {}{}",
            total.sent,
            total.received,
            conflicts.len(),
            if refused.is_empty() {
                String::new()
            } else {
                format!(", refused {}", refused.len())
            }
        ))?;
    }
    if attention {
        let what = if conflicts.is_empty() {
            "sync refused entries not signed by a device of the profile".to_string()
        } else {
            format!("sync left {} conflict(s) to settle", conflicts.len())
        };
        return Err(UserError::new(what)
            .hint("`meshman conflicts` shows both sides; `meshman conflicts resolve ID --keep mine|theirs` settles one")
            .code(EXIT_CONFLICTS)
            .into());
    }
    Ok(())
}

fn needs_rekey(s: &mut Session, catalog: &str) -> Result<bool> {
    let Some((_, application)) = s
        .verified
        .applications
        .iter()
        .find(|(e, _)| e.kind == catalog)
    else {
        return Ok(false);
    };
    let current = application.encryption_key.udf.clone();
    Ok(s.store.queue_has_stale(&s.fingerprint, catalog, &current)?
        || s.store
            .has_stale_entries(&s.fingerprint, catalog, &current)?)
}

fn describe_kind(kind: &str) -> &'static str {
    match kind {
        "Exists" => "also created",
        "Deleted" => "deleted",
        _ => "changed",
    }
}

/// Fetches the account's personal profile and keeps it when it is a later
/// version of ours that still lists this device: new devices' entries then
/// verify, and a re-keyed catalog is noticed.
fn refresh_profile(
    ctx: &Context,
    s: &mut Session,
    client: &crate::client::PortalClient,
    account: &str,
) -> Result<()> {
    let get = Request::GetRequest(GetRequest {
        account: Some(account.to_string()),
        ..GetRequest::default()
    });
    let published = match client.call(&get, None) {
        Ok(Response::GetResponse(r)) => r.data_items.into_iter().find_map(|i| match i.entry {
            Some(crate::protocol::Entry::SignedPersonalProfile(p)) => Some(p),
            _ => None,
        }),
        Ok(_) => None,
        Err(e) => return Err(super::client_error(e)),
    };
    let Some(mut published) = published else {
        return Ok(());
    };
    let Ok(verified) = profile::verify_personal(&published) else {
        ctx.out
            .warn("the portal's copy of the profile does not verify; keeping ours");
        return Ok(());
    };
    let newer = |a: &PersonalProfile, b: &PersonalProfile| matches!((crate::time::parse(&a.updated), crate::time::parse(&b.updated)), (Ok(x), Ok(y)) if x > y);
    if verified.fingerprint() == s.fingerprint
        && newer(&verified.personal, &s.verified.personal)
        && verified.device(&s.device_udf).is_some()
    {
        let local = s.home.find_profile(Some(&s.fingerprint))?;
        published.unauthenticated = local.signed.unauthenticated;
        s.home.save_personal(&published)?;
        ctx.out
            .detail("Updated the local copy of the profile from the portal");
        s.verified = verified;
    }
    Ok(())
}

/// Runs `meshman conflicts`.
pub fn conflicts(ctx: &Context, args: ConflictsArgs) -> Result<()> {
    let mut s = Session::open(ctx, args.profile.as_deref())?;
    match args.command {
        Some(ConflictsCommand::Resolve { id, keep }) => {
            let keep_mine = keep == Keep::Mine;
            if !s.store.resolve(&s.fingerprint, id, keep_mine)? {
                return Err(UserError::new(format!("there is no conflict {id}"))
                    .hint("`meshman conflicts` lists them")
                    .into());
            }
            if ctx.out.json {
                return ctx
                    .out
                    .json(&json!({"id": id, "kept": if keep_mine {"mine"} else {"theirs"}}));
            }
            ctx.out.info(if keep_mine {
                format!("Conflict {id}: kept this device's version; `meshman sync` sends it")
            } else {
                format!("Conflict {id}: kept the portal's version")
            });
            Ok(())
        }
        None => {
            let conflicts = s.store.conflicts(&s.fingerprint)?;
            let mut docs = Vec::new();
            for c in &conflicts {
                docs.push(describe(&mut s, c)?);
            }
            if ctx.out.json {
                return ctx.out.json(&json!(docs));
            }
            if docs.is_empty() {
                ctx.out.info("No conflicts.");
            }
            for d in docs {
                ctx.out.data(format!(
                    "{}  {} ({})\n    mine:   {}\n    theirs: {}",
                    d["id"],
                    d["catalog"].as_str().unwrap_or(""),
                    d["kind"].as_str().unwrap_or(""),
                    d["mine"],
                    d["theirs"]
                ))?;
            }
            Ok(())
        }
    }
}

fn describe(s: &mut Session, c: &StoredConflict) -> Result<serde_json::Value> {
    let keys = s.keys(&c.catalog)?;
    let mut opener = Opener::new(&keys);
    let show = |e: Result<Entry, crate::catalog::CatalogError>| -> serde_json::Value {
        match e {
            Ok(Entry::CatalogedDeletion(_)) => json!("deleted"),
            Ok(entry) => serde_json::to_value(&entry).unwrap_or_default(),
            Err(e) => json!(format!("unreadable: {e}")),
        }
    };
    let mine = if c.deleted {
        json!("deleted")
    } else {
        show(opener.open(&c.unique_id, &c.envelope))
    };
    let theirs = match s.store.accepted(&s.fingerprint, &c.catalog, &c.unique_id)? {
        Some(t) if t.deleted => json!("deleted"),
        Some(t) => match &t.envelope {
            Some(env) => show(opener.open(&c.unique_id, env)),
            None => json!("deleted"),
        },
        None => json!("not yet downloaded (run `meshman sync`)"),
    };
    Ok(json!({
        "id": c.id,
        "catalog": c.catalog,
        "unique_id": c.unique_id,
        "kind": c.kind,
        "given_index": c.given_index,
        "current_index": c.current_index,
        "mine": mine,
        "theirs": theirs,
    }))
}
