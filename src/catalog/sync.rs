//! Bidirectional catalog synchronization (reference-10 §5.1, PROTOCOL.md §9).
//!
//! A sync of one catalog: download the frames after the last index seen
//! (SynchronizeRequest, paged), checking each signature against the
//! profile's devices; upload the queued local changes with their BaseIndex
//! (AppendRequest, in batches under the portal's body limit); and, if the
//! portal refused some as conflicts or others appended meanwhile, download
//! again so the user sees both sides. Each step commits to the local store
//! on its own, so a kill anywhere loses nothing and repeats nothing: frames
//! are applied idempotently by UniqueID and index, an upload whose answer
//! was lost is recognised when its frames come back, and the portal answers
//! a change sent twice (the first request landed after the next sync had
//! downloaded) as accepted at the frame it already made.
//!
//! [`reencrypt`] handles a catalog key change (after a device is removed):
//! entries still encrypted to an old key are sealed again to the new one
//! and queued.

use std::collections::{HashMap, VecDeque};
use std::sync::mpsc;

use super::store::{CheckedFrame, LocalStore, QueuedChange};
use super::{CatalogError, CatalogKeys, Entry, Opener, Result, Sealer, verify_envelope};
use crate::client::ClientError;
use crate::crypto::{SigningKey, VerifyingKey};
use crate::protocol::{
    AppendRequest, AppendResponse, CatalogUpdate, ConflictType, Request, Response,
    SynchronizeRequest,
};

/// Frames asked for per SynchronizeRequest.
pub const PAGE: u32 = 2000;
/// Default size limit of one AppendRequest body (the portal's default limit is 1 MiB).
pub const MAX_REQUEST_BYTES: usize = 900 * 1024;
/// AppendRequests sent whose answers are not recorded yet: one at the
/// portal while the next waits, signed, to follow it.
pub const IN_FLIGHT: usize = 2;

/// What a sync of one catalog did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncReport {
    /// Local changes the portal accepted.
    pub sent: u64,
    /// Frames downloaded and applied.
    pub received: u64,
    /// Local changes refused because the entry changed meanwhile.
    pub conflicts: u64,
    /// Downloaded frames refused: not signed by a device of the profile.
    pub refused: u64,
}

/// A phase of a sync, for progress display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Downloading frames.
    Download,
    /// Uploading changes.
    Upload,
}

/// Sends one request to the portal and returns its answer. Called from a
/// thread of the sync's own (so it must be `Send`), one request at a time.
pub type Call<'a> = dyn FnMut(&Request) -> std::result::Result<Response, ClientError> + Send + 'a;
/// Told `(phase, done, total)` as a sync moves items.
pub type Progress<'a> = dyn FnMut(Phase, u64, u64) + 'a;

/// The things a sync of one profile's catalogs needs.
pub struct Syncer<'a> {
    /// The local store.
    pub store: &'a mut LocalStore,
    /// The profile fingerprint (the store's key).
    pub profile: &'a str,
    /// Signature keys of the profile's devices.
    pub signers: &'a HashMap<String, VerifyingKey>,
    /// This device's fingerprint (the UDF of its signature key): the
    /// frames it signed are its own uploads.
    pub device: &'a str,
    /// The portal.
    pub call: &'a mut Call<'a>,
    /// Progress reports.
    pub progress: &'a mut Progress<'a>,
    /// Largest AppendRequest body to send.
    pub max_request_bytes: usize,
}

impl Syncer<'_> {
    /// Synchronizes one catalog both ways.
    pub fn sync(&mut self, catalog: &str) -> Result<SyncReport> {
        let mut report = SyncReport::default();
        self.download(catalog, &mut report)?;
        let behind = self.upload(catalog, &mut report)?;
        if behind {
            self.download(catalog, &mut report)?;
        }
        Ok(report)
    }

    /// Downloads and applies the frames after the last index seen. A
    /// thread of its own fetches each page and checks its signatures while
    /// this one stores the page before.
    pub fn download(&mut self, catalog: &str, report: &mut SyncReport) -> Result<()> {
        let start = self.store.synced_index(self.profile, catalog)?;
        let call = &mut *self.call;
        let signers = self.signers;
        std::thread::scope(|scope| {
            // Pages waiting to be stored: one, so at most three are in
            // memory (being fetched, waiting, being stored).
            let (fetched, pages) = mpsc::sync_channel(1);
            scope.spawn(move || {
                let mut next = start + 1;
                loop {
                    let request = Request::SynchronizeRequest(SynchronizeRequest {
                        catalog: catalog.to_string(),
                        index_min: Some(next),
                        max_entries: Some(PAGE),
                    });
                    let page = match call(&request) {
                        Ok(Response::SynchronizeResponse(page)) => page,
                        Ok(_) => {
                            let _ = fetched.send(Err(unexpected("SynchronizeResponse")));
                            return;
                        }
                        Err(e) => {
                            let _ = fetched.send(Err(e.into()));
                            return;
                        }
                    };
                    let Some(last) = page.entries.iter().map(|f| f.index).max() else {
                        return;
                    };
                    let more = page.page_key.is_some();
                    let index_last = page.index_last.unwrap_or(last);
                    let (frames, refused) = check_frames(page.entries, signers);
                    if fetched
                        .send(Ok((frames, refused, last, index_last)))
                        .is_err()
                    {
                        return; // the storing side stopped
                    }
                    if !more {
                        return;
                    }
                    next = last + 1;
                }
            });
            for page in pages {
                let (frames, refused, last, index_last) = page?;
                report.received += frames.len() as u64;
                report.refused += refused.len() as u64;
                let landed = self.store.apply_frames(
                    self.profile,
                    catalog,
                    self.device,
                    &frames,
                    &refused,
                    last,
                )?;
                report.conflicts = report.conflicts.saturating_sub(landed);
                (self.progress)(
                    Phase::Download,
                    last - start,
                    index_last.saturating_sub(start),
                );
            }
            Ok(())
        })
    }

    /// Uploads the queued changes. Returns true if another download is
    /// needed (conflicts to show, or frames appended by others meanwhile).
    ///
    /// Batches are read in queue order, at most [`IN_FLIGHT`] at a time: a
    /// thread of its own sends them one after another on one connection,
    /// while this one reads the next batch and records the answers, in
    /// order. A change queued after the upload began goes out only when
    /// nothing is in flight, so one whose earlier version is still out
    /// waits until that version's answer has rebased it.
    pub fn upload(&mut self, catalog: &str, report: &mut SyncReport) -> Result<bool> {
        let total = self.store.queue_len(self.profile, catalog)?;
        let began = self.store.queue_end(self.profile)?;
        let call = &mut *self.call;
        std::thread::scope(|scope| {
            let (to_portal, requests) = mpsc::sync_channel::<Request>(IN_FLIGHT - 1);
            let (answered, answers) = mpsc::channel();
            scope.spawn(move || {
                for request in requests {
                    let answer = call(&request);
                    let failed = answer.is_err();
                    if answered.send(answer).is_err() || failed {
                        return;
                    }
                }
            });
            let mut out: VecDeque<Vec<QueuedChange>> = VecDeque::new();
            let mut after_seq = 0;
            let mut done = 0;
            let mut behind = false;
            loop {
                if out.len() < IN_FLIGHT {
                    let mut batch = self.store.queued_batch(
                        self.profile,
                        catalog,
                        after_seq,
                        self.max_request_bytes,
                        wire_size,
                    )?;
                    if !out.is_empty()
                        && let Some(late) = batch.iter().position(|c| c.seq > began)
                    {
                        batch.truncate(late);
                    }
                    if let Some(last) = batch.last() {
                        after_seq = last.seq;
                        // A closed channel means the sender stopped after a
                        // failed call; its answer, received below, says why.
                        let _ = to_portal.send(append_request(catalog, &batch));
                        out.push_back(batch);
                        continue;
                    }
                }
                let Some(batch) = out.pop_front() else {
                    break;
                };
                // The sender only stops early after sending a failed answer.
                let answer = answers.recv().map_err(|_| unexpected("AppendResponse"))?;
                let Response::AppendResponse(response) = answer? else {
                    return Err(unexpected("AppendResponse"));
                };
                let before = response.index_before.unwrap_or(0);
                if self.store.synced_index(self.profile, catalog)? != before {
                    behind = true;
                }
                behind |= record(self.store, self.profile, catalog, &batch, response, report)?;
                done += batch.len() as u64;
                (self.progress)(Phase::Upload, done, total);
            }
            Ok(behind)
        })
    }
}

/// Records the portal's answer to `batch` in the store and `report`.
/// Returns whether the portal reported conflicts.
fn record(
    store: &mut LocalStore,
    profile: &str,
    catalog: &str,
    batch: &[QueuedChange],
    response: AppendResponse,
    report: &mut SyncReport,
) -> Result<bool> {
    let accepted: Vec<(String, u64)> = response
        .accepted
        .into_iter()
        .map(|a| (a.unique_id, a.index))
        .collect();
    let conflicts: Vec<(String, u64, u64, String)> = response
        .conflicts
        .into_iter()
        .map(|c| {
            let kind = match c.kind {
                ConflictType::Exists => "Exists",
                ConflictType::Updated => "Updated",
                ConflictType::Deleted => "Deleted",
            };
            (
                c.unique_id,
                c.given_index,
                c.current_index,
                kind.to_string(),
            )
        })
        .collect();
    let before = response.index_before.unwrap_or(0);
    let after = response.index_after.unwrap_or(before);
    report.sent += accepted.len() as u64;
    report.conflicts += store.apply_append(
        profile, catalog, batch, &accepted, &conflicts, before, after,
    )?;
    Ok(!conflicts.is_empty())
}

/// The AppendRequest of one batch of queued changes.
fn append_request(catalog: &str, batch: &[QueuedChange]) -> Request {
    Request::AppendRequest(AppendRequest {
        catalog: catalog.to_string(),
        entries: batch
            .iter()
            .map(|c| CatalogUpdate {
                unique_id: c.unique_id.clone(),
                base_index: (c.base_index > 0).then_some(c.base_index),
                envelope: Some(c.envelope.clone()),
                deleted: c.deleted,
            })
            .collect(),
    })
}

/// Checks every frame's signature against the profile's devices, on all
/// cores (signature checks dominate a large download): the frames that
/// pass, with the catalog key each is encrypted to (read on the way), and
/// `(index, UniqueID, reason)` for those that do not.
fn check_frames(
    entries: Vec<crate::protocol::CatalogFrame>,
    signers: &HashMap<String, VerifyingKey>,
) -> (Vec<CheckedFrame>, Vec<(u64, String, String)>) {
    let verdict =
        |f: &crate::protocol::CatalogFrame| -> std::result::Result<Option<String>, String> {
            match &f.envelope {
                None => Err("a deletion without a signed envelope".to_string()),
                Some(envelope) => verify_envelope(envelope, signers)
                    .map(|(_, jwe)| jwe.recipients.first().map(|r| r.header.kid.clone()))
                    .map_err(|e| e.to_string()),
            }
        };
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    let chunk = entries.len().div_ceil(threads).max(256);
    let verdicts: Vec<_> = std::thread::scope(|scope| {
        let handles: Vec<_> = entries
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(verdict).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a signature check does not panic"))
            .collect()
    });
    let mut frames = Vec::with_capacity(entries.len());
    let mut refused = Vec::new();
    for (frame, verdict) in entries.into_iter().zip(verdicts) {
        match verdict {
            Ok(key_id) => frames.push(CheckedFrame {
                index: frame.index,
                unique_id: frame.unique_id,
                envelope: frame.envelope,
                key_id,
                deleted: frame.deleted,
            }),
            Err(reason) => refused.push((frame.index, frame.unique_id, reason)),
        }
    }
    (frames, refused)
}

/// About how many bytes `change` adds to an AppendRequest body.
fn wire_size(change: &QueuedChange) -> usize {
    change.envelope.payload.len()
        + change
            .envelope
            .signatures
            .iter()
            .map(|s| s.protected.len() + s.signature.len() + 64)
            .sum::<usize>()
        + change.unique_id.len()
        + 96
}

fn unexpected(wanted: &str) -> CatalogError {
    CatalogError::Portal(ClientError::BadResponse(format!(
        "the portal answered with something other than a {wanted}"
    )))
}

/// After the catalog's encryption key changed (a device was removed and the
/// catalog re-keyed), seals every entry still encrypted to an old key again
/// to the current one, signed by `signer`, and queues it, so the next upload
/// replaces the versions a removed device could read. Queued changes sealed
/// to an old key are sealed again in place. Returns how many entries were
/// re-encrypted; entries this device cannot open (no old key) are skipped
/// and counted in the second number.
pub fn reencrypt(
    store: &mut LocalStore,
    profile: &str,
    keys: &CatalogKeys,
    signer: &SigningKey,
) -> Result<(u64, u64)> {
    let current = keys.current_udf();
    let catalog = keys.catalog.as_str();
    let sealer = Sealer::new(keys, signer);
    let mut opener = Opener::new(keys);
    let mut changes: Vec<(String, crate::crypto::jws::Jws, bool, Option<u64>)> = Vec::new();
    let mut unreadable = 0;
    let queued = store.queued(profile, catalog)?;
    let queued_ids: std::collections::HashSet<&str> =
        queued.iter().map(|q| q.unique_id.as_str()).collect();
    let mut reseal = |unique_id: &str,
                      envelope: &crate::crypto::jws::Jws|
     -> Option<(crate::crypto::jws::Jws, bool)> {
        let entry = opener.open(unique_id, envelope).ok()?;
        let deleted = matches!(entry, Entry::CatalogedDeletion(_));
        Some((sealer.seal(&entry), deleted))
    };
    for change in &queued {
        if super::envelope_key_id(&change.envelope).as_deref() == Some(current.as_str()) {
            continue;
        }
        match reseal(&change.unique_id, &change.envelope) {
            Some((envelope, deleted)) => {
                changes.push((change.unique_id.clone(), envelope, deleted, None));
            }
            None => unreadable += 1,
        }
    }
    let requeued = changes.len();
    store.enqueue_many(profile, catalog, &changes, true)?;
    changes.clear();
    for entry in store.stale_entries(profile, catalog, &current)? {
        if queued_ids.contains(entry.unique_id.as_str()) {
            continue;
        }
        let Some(envelope) = entry.envelope.as_ref() else {
            continue;
        };
        match reseal(&entry.unique_id, envelope) {
            Some((envelope, deleted)) => {
                changes.push((
                    entry.unique_id.clone(),
                    envelope,
                    deleted,
                    Some(entry.index),
                ));
            }
            None => unreadable += 1,
        }
    }
    store.enqueue_many(profile, catalog, &changes, true)?;
    Ok(((requeued + changes.len()) as u64, unreadable))
}
