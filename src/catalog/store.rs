//! The device's catalog store (reference-10 §5.1, PROTOCOL.md §9): per
//! profile and catalog, a compacted copy of the portal's log (the latest
//! frame of each UniqueID), the queue of local changes the portal has not
//! accepted yet, the conflicts waiting for the user, and frames refused as
//! forged.
//!
//! One SQLite file, `catalogs.db` in the keystore folder, in WAL mode with
//! `synchronous=FULL`; every change is one transaction, so a kill at any
//! point leaves the state before or after it. Only envelopes are stored
//! (signed ciphertext, exactly as on the portal): entries are decrypted on
//! read with the catalog key, which never leaves the keystore unencrypted.
//! UniqueIDs and indexes are stored in the clear; they reveal no more than
//! the portal already sees.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::Result;
use crate::crypto::jws::Jws;

/// The file name in the keystore folder.
pub const FILE: &str = "catalogs.db";

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS entries (
    profile TEXT NOT NULL, catalog TEXT NOT NULL, unique_id TEXT NOT NULL,
    idx INTEGER NOT NULL, envelope TEXT, deleted INTEGER NOT NULL,
    key_id TEXT,
    PRIMARY KEY (profile, catalog, unique_id));
CREATE TABLE IF NOT EXISTS cursors (
    profile TEXT NOT NULL, catalog TEXT NOT NULL, synced INTEGER NOT NULL,
    PRIMARY KEY (profile, catalog));
CREATE TABLE IF NOT EXISTS queue (
    profile TEXT NOT NULL, catalog TEXT NOT NULL, unique_id TEXT NOT NULL,
    seq INTEGER NOT NULL, base_index INTEGER NOT NULL, envelope TEXT NOT NULL,
    deleted INTEGER NOT NULL, rekey INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (profile, catalog, unique_id));
CREATE INDEX IF NOT EXISTS queue_seq ON queue(profile, catalog, seq);
CREATE INDEX IF NOT EXISTS entries_key ON entries(profile, catalog, key_id);
CREATE TABLE IF NOT EXISTS conflicts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    profile TEXT NOT NULL, catalog TEXT NOT NULL, unique_id TEXT NOT NULL,
    envelope TEXT NOT NULL, deleted INTEGER NOT NULL,
    given_index INTEGER NOT NULL, current_index INTEGER NOT NULL, kind TEXT NOT NULL,
    UNIQUE (profile, catalog, unique_id));
CREATE TABLE IF NOT EXISTS refused (
    profile TEXT NOT NULL, catalog TEXT NOT NULL, idx INTEGER NOT NULL,
    unique_id TEXT NOT NULL, reason TEXT NOT NULL,
    PRIMARY KEY (profile, catalog, idx));
CREATE INDEX IF NOT EXISTS refused_unique ON refused(profile, catalog, unique_id);
";

/// The latest accepted frame of an entry, or a queued local change.
#[derive(Debug, Clone)]
pub struct StoredEntry {
    /// The UniqueID.
    pub unique_id: String,
    /// Index of the frame on the portal (0 for a change not yet accepted).
    pub index: u64,
    /// The envelope (absent on a delete made by another client without one).
    pub envelope: Option<Jws>,
    /// True if the entry is deleted.
    pub deleted: bool,
    /// True if this is a local change the portal has not accepted yet.
    pub pending: bool,
}

/// A downloaded frame whose signature was checked.
#[derive(Debug, Clone)]
pub struct CheckedFrame {
    /// Its index in the portal's log.
    pub index: u64,
    /// The UniqueID.
    pub unique_id: String,
    /// The envelope (absent on a delete made by another client without one).
    pub envelope: Option<Jws>,
    /// The catalog key the envelope is encrypted to, if known.
    pub key_id: Option<String>,
    /// True for a deletion.
    pub deleted: bool,
}

/// A local change waiting for the portal.
#[derive(Debug, Clone)]
pub struct QueuedChange {
    /// Position in the queue (later changes have larger numbers).
    pub seq: i64,
    /// The UniqueID.
    pub unique_id: String,
    /// The index of the frame the change was made against (0: new entry).
    pub base_index: u64,
    /// The sealed change.
    pub envelope: Jws,
    /// The sealed change as stored, to record it without serializing again.
    pub envelope_json: String,
    /// The catalog key it is encrypted to, if known.
    pub key_id: Option<String>,
    /// True for a deletion.
    pub deleted: bool,
    /// True if the change only re-encrypts the entry under a new key.
    pub rekey: bool,
}

/// A change the portal refused because the entry changed meanwhile.
#[derive(Debug, Clone)]
pub struct StoredConflict {
    /// Its number, for `meshman conflicts resolve ID`.
    pub id: i64,
    /// The catalog.
    pub catalog: String,
    /// The UniqueID.
    pub unique_id: String,
    /// This device's change.
    pub envelope: Jws,
    /// True if this device's change was a deletion.
    pub deleted: bool,
    /// The base index this device gave.
    pub given_index: u64,
    /// The portal's latest index of the entry when it refused.
    pub current_index: u64,
    /// `Exists`, `Updated` or `Deleted`.
    pub kind: String,
}

/// A frame refused because its signature was not by a device of the profile.
#[derive(Debug, Clone)]
pub struct RefusedFrame {
    /// The catalog.
    pub catalog: String,
    /// The frame's index on the portal.
    pub index: u64,
    /// Its UniqueID.
    pub unique_id: String,
    /// Why it was refused.
    pub reason: String,
}

/// The device's catalog store.
pub struct LocalStore {
    conn: Connection,
}

fn to_json(envelope: &Jws) -> String {
    serde_json::to_string(envelope).expect("a JWS serializes")
}

fn from_json(text: &str) -> rusqlite::Result<Jws> {
    serde_json::from_str(text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn i(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

fn u(v: i64) -> u64 {
    u64::try_from(v).unwrap_or(0)
}

impl LocalStore {
    /// Opens (creating if needed) `catalogs.db` in the keystore folder `home`.
    pub fn open(home: &Path) -> Result<LocalStore> {
        Self::open_file(&home.join(FILE))
    }

    /// Opens (creating if needed) the store at `path`.
    pub fn open_file(path: &Path) -> Result<LocalStore> {
        let conn = Connection::open(path)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
        }
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.set_prepared_statement_cache_capacity(64);
        conn.execute_batch(SCHEMA)?;
        // Stores made before the queue recorded each change's key: NULL
        // there means "not known", and is checked by opening the envelope.
        let has_key_id = |conn: &Connection| -> rusqlite::Result<bool> {
            conn.query_row(
                "SELECT COUNT(*) FROM pragma_table_info('queue') WHERE name = 'key_id'",
                [],
                |r| r.get::<_, i64>(0).map(|n| n > 0),
            )
        };
        if !has_key_id(&conn)? {
            // Another process may add it at the same moment.
            if let Err(e) = conn.execute_batch("ALTER TABLE queue ADD COLUMN key_id TEXT")
                && !has_key_id(&conn)?
            {
                return Err(e.into());
            }
        }
        conn.execute_batch(
            "CREATE INDEX IF NOT EXISTS queue_key ON queue(profile, catalog, key_id)",
        )?;
        Ok(LocalStore { conn })
    }

    /// The highest portal index this device has downloaded (0: none).
    pub fn synced_index(&self, profile: &str, catalog: &str) -> Result<u64> {
        Ok(synced(&self.conn, profile, catalog)?)
    }

    /// Every entry of a catalog as this device sees it: the latest accepted
    /// frame, overlaid by local changes not yet accepted. Deleted entries are
    /// included (with `deleted`), so callers can tell "gone" from "unknown".
    pub fn view(&self, profile: &str, catalog: &str) -> Result<Vec<StoredEntry>> {
        let mut out: Vec<StoredEntry> = Vec::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.unique_id, e.idx, e.envelope, e.deleted FROM entries e
             WHERE e.profile = ?1 AND e.catalog = ?2 AND NOT EXISTS
               (SELECT 1 FROM queue q WHERE q.profile = ?1 AND q.catalog = ?2
                AND q.unique_id = e.unique_id)
             ORDER BY e.idx",
        )?;
        let rows = stmt.query_map(params![profile, catalog], |r| {
            let envelope: Option<String> = r.get(2)?;
            Ok(StoredEntry {
                unique_id: r.get(0)?,
                index: u(r.get(1)?),
                envelope: envelope.as_deref().map(from_json).transpose()?,
                deleted: r.get::<_, i64>(3)? != 0,
                pending: false,
            })
        })?;
        for row in rows {
            out.push(row?);
        }
        for change in self.queued(profile, catalog)? {
            out.push(StoredEntry {
                unique_id: change.unique_id,
                index: 0,
                envelope: Some(change.envelope),
                deleted: change.deleted,
                pending: true,
            });
        }
        Ok(out)
    }

    /// One entry as this device sees it.
    pub fn get(
        &self,
        profile: &str,
        catalog: &str,
        unique_id: &str,
    ) -> Result<Option<StoredEntry>> {
        if let Some(q) = self.queued_one(profile, catalog, unique_id)? {
            return Ok(Some(StoredEntry {
                unique_id: q.unique_id,
                index: 0,
                envelope: Some(q.envelope),
                deleted: q.deleted,
                pending: true,
            }));
        }
        self.accepted(profile, catalog, unique_id)
    }

    /// The latest frame of an entry accepted by the portal.
    pub fn accepted(
        &self,
        profile: &str,
        catalog: &str,
        unique_id: &str,
    ) -> Result<Option<StoredEntry>> {
        Ok(self
            .conn
            .query_row(
                "SELECT idx, envelope, deleted FROM entries
                 WHERE profile = ?1 AND catalog = ?2 AND unique_id = ?3",
                params![profile, catalog, unique_id],
                |r| {
                    let envelope: Option<String> = r.get(1)?;
                    Ok(StoredEntry {
                        unique_id: unique_id.to_string(),
                        index: u(r.get(0)?),
                        envelope: envelope.as_deref().map(from_json).transpose()?,
                        deleted: r.get::<_, i64>(2)? != 0,
                        pending: false,
                    })
                },
            )
            .optional()?)
    }

    /// Queues a local change of `unique_id`. It is made against the frame
    /// this device last accepted (its BaseIndex); a change already queued for
    /// the same entry is replaced but keeps its BaseIndex, and a conflict
    /// waiting on the entry is settled in favour of this newer change.
    pub fn enqueue(
        &mut self,
        profile: &str,
        catalog: &str,
        unique_id: &str,
        envelope: &Jws,
        deleted: bool,
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        let seq = next_seq(&tx, profile)?;
        enqueue_in(
            &tx, profile, catalog, unique_id, envelope, deleted, None, false, seq,
        )?;
        tx.execute(
            "DELETE FROM conflicts WHERE profile = ?1 AND catalog = ?2 AND unique_id = ?3",
            params![profile, catalog, unique_id],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Queues many changes in one transaction (imports, re-encryption).
    /// `base` overrides the BaseIndex when given.
    pub fn enqueue_many(
        &mut self,
        profile: &str,
        catalog: &str,
        changes: &[(String, Jws, bool, Option<u64>)],
        rekey: bool,
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        let first = next_seq(&tx, profile)?;
        for (seq, (unique_id, envelope, deleted, base)) in (first..).zip(changes) {
            enqueue_in(
                &tx, profile, catalog, unique_id, envelope, *deleted, *base, rekey, seq,
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The queued changes of a catalog, oldest first.
    pub fn queued(&self, profile: &str, catalog: &str) -> Result<Vec<QueuedChange>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT unique_id, base_index, envelope, deleted, key_id, rekey, seq FROM queue
             WHERE profile = ?1 AND catalog = ?2 ORDER BY seq",
        )?;
        let rows = stmt.query_map(params![profile, catalog], queued_row)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The next queued changes of a catalog after position `after_seq`,
    /// oldest first, as many as fit in `max_bytes` by `size` (at least one
    /// if any is left). Reads only those rows, so an upload holds one batch
    /// in memory however long the queue is.
    pub fn queued_batch(
        &self,
        profile: &str,
        catalog: &str,
        after_seq: i64,
        max_bytes: usize,
        size: impl Fn(&QueuedChange) -> usize,
    ) -> Result<Vec<QueuedChange>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT unique_id, base_index, envelope, deleted, key_id, rekey, seq FROM queue
             WHERE profile = ?1 AND catalog = ?2 AND seq > ?3 ORDER BY seq",
        )?;
        let mut rows = stmt.query(params![profile, catalog, after_seq])?;
        let mut out = Vec::new();
        let mut total = 0;
        while let Some(row) = rows.next()? {
            let change = queued_row(row)?;
            let len = size(&change);
            if !out.is_empty() && total + len > max_bytes {
                break;
            }
            total += len;
            out.push(change);
        }
        Ok(out)
    }

    fn queued_one(
        &self,
        profile: &str,
        catalog: &str,
        unique_id: &str,
    ) -> Result<Option<QueuedChange>> {
        Ok(self
            .conn
            .query_row(
                "SELECT unique_id, base_index, envelope, deleted, key_id, rekey, seq FROM queue
                 WHERE profile = ?1 AND catalog = ?2 AND unique_id = ?3",
                params![profile, catalog, unique_id],
                queued_row,
            )
            .optional()?)
    }

    /// The queue position of the last change queued for `profile` (0: none);
    /// changes queued later get larger positions.
    pub fn queue_end(&self, profile: &str) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT COALESCE(MAX(seq), 0) FROM queue WHERE profile = ?1",
            params![profile],
            |r| r.get(0),
        )?)
    }

    /// How many changes are queued.
    pub fn queue_len(&self, profile: &str, catalog: &str) -> Result<u64> {
        let n: i64 = self.conn.query_row(
            "SELECT COUNT(*) FROM queue WHERE profile = ?1 AND catalog = ?2",
            params![profile, catalog],
            |r| r.get(0),
        )?;
        Ok(u(n))
    }

    /// Records downloaded frames that passed the signature check (`frames`)
    /// and those that did not (`refused`), and moves the cursor to `last`,
    /// in one transaction. Idempotent: a frame already applied (same or
    /// later index for its UniqueID) changes nothing. A frame that is one of
    /// this device's own uploads (same envelope) removes the queued change,
    /// so an upload whose answer was lost is never sent twice; any other
    /// frame signed by this device (`device`, its signature key's UDF) is a
    /// change it sent before the one still queued, which is then based on
    /// that frame; and a conflict recorded for a change that the frame
    /// shows did land is dropped. Returns how many such conflicts.
    pub fn apply_frames(
        &mut self,
        profile: &str,
        catalog: &str,
        device: &str,
        frames: &[CheckedFrame],
        refused: &[(u64, String, String)],
        last: u64,
    ) -> Result<u64> {
        let tx = self.conn.transaction()?;
        let mut dropped = 0;
        // Conflicts are rare; look for them per frame only if there are any.
        let any_conflicts: bool = tx
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM conflicts WHERE profile = ?1 AND catalog = ?2)",
            )?
            .query_row(params![profile, catalog], |r| r.get(0))?;
        for frame in frames {
            let (index, unique_id, envelope) = (frame.index, &frame.unique_id, &frame.envelope);
            let json = envelope.as_ref().map(to_json);
            upsert_entry(
                &tx,
                profile,
                catalog,
                index,
                unique_id,
                json.as_deref().map(|j| (j, frame.key_id.as_deref())),
                frame.deleted,
            )?;
            tx.prepare_cached(
                "DELETE FROM refused WHERE profile = ?1 AND catalog = ?2 AND unique_id = ?3",
            )?
            .execute(params![profile, catalog, unique_id])?;
            if let Some(envelope) = envelope {
                let mark = super::envelope_mark(envelope);
                if any_conflicts && drop_own_conflict(&tx, profile, catalog, unique_id, mark)? {
                    dropped += 1;
                }
                let queued: Option<String> = tx
                    .prepare_cached(
                        "SELECT envelope FROM queue
                         WHERE profile = ?1 AND catalog = ?2 AND unique_id = ?3",
                    )?
                    .query_row(params![profile, catalog, unique_id], |r| r.get(0))
                    .optional()?;
                if let Some(queued_json) = queued {
                    let queued_env = from_json(&queued_json)?;
                    if super::envelope_mark(&queued_env) == mark {
                        tx.prepare_cached(
                            "DELETE FROM queue WHERE profile = ?1 AND catalog = ?2 AND unique_id = ?3",
                        )?
                        .execute(params![profile, catalog, unique_id])?;
                    } else if envelope.header().is_ok_and(|h| h.kid == device) {
                        rebase(&tx, profile, catalog, unique_id, index)?;
                    }
                }
            }
        }
        for (index, unique_id, reason) in refused {
            tx.prepare_cached(
                "INSERT OR IGNORE INTO refused (profile, catalog, idx, unique_id, reason)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![profile, catalog, i(*index), unique_id, reason])?;
        }
        set_synced(&tx, profile, catalog, last)?;
        tx.commit()?;
        Ok(dropped)
    }

    /// Records the portal's answer to an append of `sent`: accepted changes
    /// become frames, refused ones become conflicts for the user (or are
    /// dropped if they only re-encrypted an entry someone else changed), and
    /// the cursor moves past the new frames if nothing else came between.
    /// Returns the number of conflicts recorded.
    #[allow(clippy::too_many_arguments)]
    pub fn apply_append(
        &mut self,
        profile: &str,
        catalog: &str,
        sent: &[QueuedChange],
        accepted: &[(String, u64)],
        conflicts: &[(String, u64, u64, String)],
        index_before: u64,
        index_after: u64,
    ) -> Result<u64> {
        let tx = self.conn.transaction()?;
        let by_id: std::collections::HashMap<&str, &QueuedChange> =
            sent.iter().map(|c| (c.unique_id.as_str(), c)).collect();
        for (unique_id, index) in accepted {
            let Some(change) = by_id.get(unique_id.as_str()) else {
                continue;
            };
            upsert_entry(
                &tx,
                profile,
                catalog,
                *index,
                unique_id,
                Some((&change.envelope_json, change.key_id.as_deref())),
                change.deleted,
            )?;
            if !remove_if_same(&tx, profile, catalog, change)? {
                // Changed again while this one was out: the newer change
                // now stands on the frame just accepted.
                rebase(&tx, profile, catalog, unique_id, *index)?;
            }
        }
        let mut recorded = 0;
        for (unique_id, given, current, kind) in conflicts {
            let Some(change) = by_id.get(unique_id.as_str()) else {
                continue;
            };
            if !remove_if_same(&tx, profile, catalog, change)? {
                continue;
            }
            if change.rekey {
                continue;
            }
            tx.execute(
                "INSERT OR REPLACE INTO conflicts
                 (profile, catalog, unique_id, envelope, deleted, given_index, current_index, kind)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    profile,
                    catalog,
                    unique_id,
                    change.envelope_json,
                    i64::from(change.deleted),
                    i(*given),
                    i(*current),
                    kind
                ],
            )?;
            recorded += 1;
        }
        if synced(&tx, profile, catalog)? == index_before {
            set_synced(&tx, profile, catalog, index_after)?;
        }
        tx.commit()?;
        Ok(recorded)
    }

    /// The conflicts waiting for the user, for one profile.
    pub fn conflicts(&self, profile: &str) -> Result<Vec<StoredConflict>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, catalog, unique_id, envelope, deleted, given_index, current_index, kind
             FROM conflicts WHERE profile = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map(params![profile], |r| {
            Ok(StoredConflict {
                id: r.get(0)?,
                catalog: r.get(1)?,
                unique_id: r.get(2)?,
                envelope: from_json(&r.get::<_, String>(3)?)?,
                deleted: r.get::<_, i64>(4)? != 0,
                given_index: u(r.get(5)?),
                current_index: u(r.get(6)?),
                kind: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Settles a conflict: with `keep_mine`, this device's change is queued
    /// again against the portal's latest frame; otherwise it is dropped.
    pub fn resolve(&mut self, profile: &str, id: i64, keep_mine: bool) -> Result<bool> {
        let tx = self.conn.transaction()?;
        let found: Option<(String, String, String, i64, i64)> = tx
            .query_row(
                "SELECT catalog, unique_id, envelope, deleted, current_index FROM conflicts
                 WHERE profile = ?1 AND id = ?2",
                params![profile, id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .optional()?;
        let Some((catalog, unique_id, envelope, deleted, current)) = found else {
            return Ok(false);
        };
        if keep_mine {
            let envelope = from_json(&envelope)?;
            tx.execute(
                "DELETE FROM queue WHERE profile = ?1 AND catalog = ?2 AND unique_id = ?3",
                params![profile, catalog, unique_id],
            )?;
            // Against the latest frame the portal named (or a later one
            // downloaded since): "mine" now replaces "theirs".
            let accepted: Option<i64> = tx
                .query_row(
                    "SELECT idx FROM entries WHERE profile = ?1 AND catalog = ?2 AND unique_id = ?3",
                    params![profile, catalog, unique_id],
                    |r| r.get(0),
                )
                .optional()?;
            let base = u(accepted.unwrap_or(0).max(current));
            enqueue_in(
                &tx,
                profile,
                &catalog,
                &unique_id,
                &envelope,
                deleted != 0,
                Some(base),
                false,
                next_seq(&tx, profile)?,
            )?;
        }
        tx.execute("DELETE FROM conflicts WHERE id = ?1", params![id])?;
        tx.commit()?;
        Ok(true)
    }

    /// Frames refused as forged that no later valid frame has replaced.
    pub fn refused(&self, profile: &str) -> Result<Vec<RefusedFrame>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT catalog, idx, unique_id, reason FROM refused WHERE profile = ?1
             ORDER BY catalog, idx",
        )?;
        let rows = stmt.query_map(params![profile], |r| {
            Ok(RefusedFrame {
                catalog: r.get(0)?,
                index: u(r.get(1)?),
                unique_id: r.get(2)?,
                reason: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Whether any change of the catalog is queued encrypted to a key other
    /// than `key_id`. Reads the key recorded with each change; only changes
    /// queued before it was recorded are opened.
    pub fn queue_has_stale(&self, profile: &str, catalog: &str, key_id: &str) -> Result<bool> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT key_id, envelope FROM queue
             WHERE profile = ?1 AND catalog = ?2 AND (key_id IS NULL OR key_id != ?3)",
        )?;
        let mut rows = stmt.query(params![profile, catalog, key_id])?;
        while let Some(row) = rows.next()? {
            if row.get::<_, Option<String>>(0)?.is_some() {
                return Ok(true);
            }
            let envelope = from_json(&row.get::<_, String>(1)?)?;
            if super::envelope_key_id(&envelope).as_deref() != Some(key_id) {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Whether any accepted, live entry is encrypted to a key other than
    /// `key_id` (what [`LocalStore::stale_entries`] would list), found
    /// through the index of recorded keys.
    pub fn has_stale_entries(&self, profile: &str, catalog: &str, key_id: &str) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT 1 FROM entries
                 WHERE profile = ?1 AND catalog = ?2 AND deleted = 0 AND envelope IS NOT NULL
                   AND (key_id IS NULL OR key_id != ?3)
                 LIMIT 1",
            )?
            .query_row(params![profile, catalog, key_id], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// Accepted, live entries whose envelope is encrypted to a key other
    /// than `key_id` (they need re-encrypting after a key change).
    pub fn stale_entries(
        &self,
        profile: &str,
        catalog: &str,
        key_id: &str,
    ) -> Result<Vec<StoredEntry>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT unique_id, idx, envelope FROM entries
             WHERE profile = ?1 AND catalog = ?2 AND deleted = 0 AND envelope IS NOT NULL
               AND (key_id IS NULL OR key_id != ?3)",
        )?;
        let rows = stmt.query_map(params![profile, catalog, key_id], |r| {
            Ok(StoredEntry {
                unique_id: r.get(0)?,
                index: u(r.get(1)?),
                envelope: Some(from_json(&r.get::<_, String>(2)?)?),
                deleted: false,
                pending: false,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}

fn queued_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<QueuedChange> {
    let envelope_json: String = r.get(2)?;
    Ok(QueuedChange {
        unique_id: r.get(0)?,
        base_index: u(r.get(1)?),
        envelope: from_json(&envelope_json)?,
        envelope_json,
        deleted: r.get::<_, i64>(3)? != 0,
        key_id: r.get(4)?,
        rekey: r.get::<_, i64>(5)? != 0,
        seq: r.get(6)?,
    })
}

fn synced(conn: &Connection, profile: &str, catalog: &str) -> rusqlite::Result<u64> {
    let v: Option<i64> = conn
        .query_row(
            "SELECT synced FROM cursors WHERE profile = ?1 AND catalog = ?2",
            params![profile, catalog],
            |r| r.get(0),
        )
        .optional()?;
    Ok(v.map_or(0, u))
}

fn set_synced(
    tx: &Transaction<'_>,
    profile: &str,
    catalog: &str,
    last: u64,
) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO cursors (profile, catalog, synced) VALUES (?1, ?2, ?3)
         ON CONFLICT (profile, catalog) DO UPDATE SET synced = MAX(synced, excluded.synced)",
        params![profile, catalog, i(last)],
    )?;
    Ok(())
}

fn upsert_entry(
    tx: &Transaction<'_>,
    profile: &str,
    catalog: &str,
    index: u64,
    unique_id: &str,
    // The envelope as stored, and the catalog key it is encrypted to.
    envelope: Option<(&str, Option<&str>)>,
    deleted: bool,
) -> rusqlite::Result<()> {
    tx.prepare_cached(
        "INSERT INTO entries (profile, catalog, unique_id, idx, envelope, deleted, key_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (profile, catalog, unique_id) DO UPDATE SET
           idx = excluded.idx, envelope = excluded.envelope, deleted = excluded.deleted,
           key_id = excluded.key_id
         WHERE excluded.idx > entries.idx",
    )?
    .execute(params![
        profile,
        catalog,
        unique_id,
        i(index),
        envelope.map(|e| e.0),
        i64::from(deleted),
        envelope.and_then(|e| e.1),
    ])?;
    Ok(())
}

/// Drops the conflict recorded for `unique_id` if its change is the frame
/// just downloaded (`mark`): the change was ours and did land, sent by a
/// sync that was killed before it heard the answer. Returns whether it did.
fn drop_own_conflict(
    tx: &Transaction<'_>,
    profile: &str,
    catalog: &str,
    unique_id: &str,
    mark: &str,
) -> Result<bool> {
    let recorded: Option<String> = tx
        .prepare_cached(
            "SELECT envelope FROM conflicts WHERE profile = ?1 AND catalog = ?2 AND unique_id = ?3",
        )?
        .query_row(params![profile, catalog, unique_id], |r| r.get(0))
        .optional()?;
    if let Some(json) = recorded
        && super::envelope_mark(&from_json(&json)?) == mark
    {
        tx.prepare_cached(
            "DELETE FROM conflicts WHERE profile = ?1 AND catalog = ?2 AND unique_id = ?3",
        )?
        .execute(params![profile, catalog, unique_id])?;
        return Ok(true);
    }
    Ok(false)
}

/// Removes the queued change if it is still the one that was sent (a newer
/// local change made since stays queued: queuing gives it a later `seq`).
/// Returns whether it was.
fn remove_if_same(
    tx: &Transaction<'_>,
    profile: &str,
    catalog: &str,
    change: &QueuedChange,
) -> rusqlite::Result<bool> {
    let removed = tx
        .prepare_cached(
            "DELETE FROM queue WHERE profile = ?1 AND catalog = ?2 AND unique_id = ?3
             AND seq = ?4",
        )?
        .execute(params![profile, catalog, change.unique_id, change.seq])?;
    Ok(removed > 0)
}

/// Bases the queued change of `unique_id` on frame `index`, a change this
/// device made before it, so the portal does not take it for a conflict.
fn rebase(
    tx: &Transaction<'_>,
    profile: &str,
    catalog: &str,
    unique_id: &str,
    index: u64,
) -> rusqlite::Result<()> {
    tx.prepare_cached(
        "UPDATE queue SET base_index = MAX(base_index, ?4)
         WHERE profile = ?1 AND catalog = ?2 AND unique_id = ?3",
    )?
    .execute(params![profile, catalog, unique_id, i(index)])?;
    Ok(())
}

/// The queue position after every change queued for `profile`. Asked once
/// per transaction: the lookup walks the profile's queue.
fn next_seq(tx: &Transaction<'_>, profile: &str) -> rusqlite::Result<i64> {
    tx.prepare_cached("SELECT COALESCE(MAX(seq), 0) + 1 FROM queue WHERE profile = ?1")?
        .query_row(params![profile], |r| r.get(0))
}

#[allow(clippy::too_many_arguments)]
fn enqueue_in(
    tx: &Transaction<'_>,
    profile: &str,
    catalog: &str,
    unique_id: &str,
    envelope: &Jws,
    deleted: bool,
    base: Option<u64>,
    rekey: bool,
    seq: i64,
) -> rusqlite::Result<()> {
    let accepted: Option<i64> = tx
        .prepare_cached(
            "SELECT idx FROM entries WHERE profile = ?1 AND catalog = ?2 AND unique_id = ?3",
        )?
        .query_row(params![profile, catalog, unique_id], |r| r.get(0))
        .optional()?;
    let base = base.map_or(accepted.unwrap_or(0), i);
    tx.prepare_cached(
        "INSERT INTO queue (profile, catalog, unique_id, seq, base_index, envelope, deleted, rekey, key_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (profile, catalog, unique_id) DO UPDATE SET
           seq = excluded.seq, envelope = excluded.envelope, deleted = excluded.deleted,
           rekey = queue.rekey AND excluded.rekey, key_id = excluded.key_id",
    )?
    .execute(params![
        profile,
        catalog,
        unique_id,
        seq,
        base,
        to_json(envelope),
        i64::from(deleted),
        i64::from(rekey),
        super::envelope_key_id(envelope)
    ])?;
    Ok(())
}
