//! Replay nonces (PROTOCOL.md §7). Every authenticated request carries a
//! nonce, and the portal refuses the same one again within the window,
//! also after a restart.
//!
//! The answer comes from memory: per `iat` second, a set of keyed 64-bit
//! fingerprints of (key, nonce). A replay repeats its `iat` (it is signed),
//! so only that second's set is asked. For restarts every new nonce is
//! appended, before its request is answered, to a plain log file beside
//! the database (`<db>.nonces.<start>.log`, one `iat key nonce` line each),
//! read back when the store opens. Requests arriving together share one
//! write: while one thread writes, the nonces of the others gather for the
//! next. A new log file is begun every window and files too old to hold a
//! live nonce are deleted, so the files stay a few windows long.
//!
//! The writes are not fsynced, as nonces matter for five minutes only: a
//! crash of the process loses none (the kernel has them); a power cut may
//! forget the last few, or leave a torn last line, which is skipped.

use std::collections::hash_map::RandomState;
use std::collections::{BTreeMap, HashSet};
use std::fs::{File, OpenOptions};
use std::hash::{BuildHasher, Hash, Hasher};
use std::io::{BufRead as _, BufReader, Write as _};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, OnceLock};

use rusqlite::Connection;

use super::{NONCE_WINDOW_SECS, Result, StoreError, int, uint};

/// A log file is deleted once it began this many windows ago: its last
/// line was written a window after it began, with an `iat` at most a
/// window ahead of the clock, so nothing in it is live any more.
const KEEP_WINDOWS: u64 = 3;

/// The nonces of the window: in memory for the answer, in log files for a
/// restart.
pub(super) struct NonceLog {
    seen: Mutex<Seen>,
    group: Mutex<Group>,
    committed: Condvar,
    files: Mutex<Files>,
}

struct Seen {
    /// Keys the fingerprints, so nobody can choose colliding nonces.
    keys: RandomState,
    by_iat: BTreeMap<u64, HashSet<u64>>,
}

impl Seen {
    /// False if the nonce was already there.
    fn insert(&mut self, key_udf: &str, nonce: &str, iat: u64) -> bool {
        let mut hasher = self.keys.build_hasher();
        key_udf.hash(&mut hasher);
        nonce.hash(&mut hasher);
        self.by_iat.entry(iat).or_default().insert(hasher.finish())
    }

    fn prune(&mut self, oldest: u64) {
        while let Some(entry) = self.by_iat.first_entry() {
            if *entry.key() >= oldest {
                break;
            }
            entry.remove();
        }
    }
}

/// Nonce lines waiting for one write, and its outcome once made.
#[derive(Default)]
struct Batch {
    lines: String,
    done: Arc<OnceLock<std::result::Result<(), String>>>,
}

#[derive(Default)]
struct Group {
    open: Batch,
    writing: bool,
}

/// The log files: `<prefix><start>.log` in `dir`.
struct Files {
    dir: PathBuf,
    prefix: String,
    current: File,
    /// When the current file was begun (Unix seconds).
    start: u64,
}

impl Files {
    /// The log files there are, with the time each was begun.
    fn list(dir: &Path, prefix: &str) -> std::io::Result<Vec<(u64, PathBuf)>> {
        let mut found = Vec::new();
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if let Some(start) = name
                .strip_prefix(prefix)
                .and_then(|rest| rest.strip_suffix(".log"))
                .and_then(|start| start.parse().ok())
            {
                found.push((start, path));
            }
        }
        Ok(found)
    }

    fn path(dir: &Path, prefix: &str, start: u64) -> PathBuf {
        dir.join(format!("{prefix}{start}.log"))
    }

    fn begin(path: &Path) -> std::io::Result<File> {
        let mut options = OpenOptions::new();
        options.create(true).append(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        options.open(path)
    }

    /// Begins a new file once the current one is a window old, and deletes
    /// the files nothing live is in.
    fn rotate(&mut self, now: u64) -> std::io::Result<()> {
        if now.saturating_sub(self.start) < NONCE_WINDOW_SECS {
            return Ok(());
        }
        self.current = Files::begin(&Files::path(&self.dir, &self.prefix, now))?;
        self.start = now;
        for (start, path) in Files::list(&self.dir, &self.prefix)? {
            if start.saturating_add(KEEP_WINDOWS * NONCE_WINDOW_SECS) < now {
                std::fs::remove_file(path)?;
            }
        }
        Ok(())
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding one of these left nothing half-done that
    // matters: a set insert, a string push, a partly written batch.
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn io_error(what: &str, path: &Path, e: std::io::Error) -> StoreError {
    StoreError::Database(format!("cannot {what} {}: {e}", path.display()))
}

impl NonceLog {
    /// Opens the log of the database at `db`, loading the nonces of the
    /// window ending at `now`: from its log files, and from the `nonces`
    /// table of `conn`, where earlier builds kept them (moved into the log,
    /// then deleted there).
    pub(super) fn open(db: &Path, conn: &Connection, now: u64) -> Result<NonceLog> {
        let dir = match db.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = db.file_name().and_then(|n| n.to_str()).unwrap_or("portal");
        let prefix = format!("{name}.nonces.");
        let oldest = now.saturating_sub(NONCE_WINDOW_SECS);
        let mut seen = Seen {
            keys: RandomState::new(),
            by_iat: BTreeMap::new(),
        };
        let listed = Files::list(&dir, &prefix).map_err(|e| io_error("list", &dir, e))?;
        for (_, path) in &listed {
            let file = File::open(path).map_err(|e| io_error("read", path, e))?;
            for line in BufReader::new(file).lines() {
                let line = line.map_err(|e| io_error("read", path, e))?;
                // A torn or garbled line (a power cut mid-write) is skipped.
                let mut fields = line.split(' ');
                if let (Some(iat), Some(key), Some(nonce), None) =
                    (fields.next(), fields.next(), fields.next(), fields.next())
                    && let Ok(iat) = iat.parse::<u64>()
                    && iat >= oldest
                {
                    seen.insert(key, nonce, iat);
                }
            }
        }
        let start = listed.iter().map(|(s, _)| *s).max().unwrap_or(now);
        let path = Files::path(&dir, &prefix, start);
        let mut current = Files::begin(&path).map_err(|e| io_error("open", &path, e))?;
        // A line torn by a power cut would swallow the next one appended.
        let mut moved = String::new();
        if ends_torn(&path) {
            moved.push('\n');
        }
        {
            let mut stmt =
                conn.prepare("SELECT key_udf, nonce, iat FROM nonces WHERE iat >= ?1")?;
            let mut rows = stmt.query([int(oldest)])?;
            while let Some(row) = rows.next()? {
                let (key, nonce, iat): (String, String, u64) =
                    (row.get(0)?, row.get(1)?, uint(row.get(2)?));
                if checked(&key, &nonce).is_ok() && seen.insert(&key, &nonce, iat) {
                    moved.push_str(&format!("{iat} {key} {nonce}\n"));
                }
            }
        }
        if !moved.is_empty() {
            current
                .write_all(moved.as_bytes())
                .map_err(|e| io_error("write", &path, e))?;
        }
        conn.execute("DELETE FROM nonces", [])?;
        Ok(NonceLog {
            seen: Mutex::new(seen),
            group: Mutex::new(Group::default()),
            committed: Condvar::new(),
            files: Mutex::new(Files {
                dir,
                prefix,
                current,
                start,
            }),
        })
    }

    /// See [`super::Store::check_and_store_nonce`].
    pub(super) fn check_and_store(
        &self,
        key_udf: &str,
        nonce: &str,
        iat: u64,
        now: u64,
    ) -> Result<bool> {
        checked(key_udf, nonce)?;
        let oldest = now.saturating_sub(NONCE_WINDOW_SECS);
        // Too old: its twin may already have been forgotten, so the log
        // cannot vouch for it.
        if iat < oldest {
            return Ok(false);
        }
        {
            let mut seen = lock(&self.seen);
            seen.prune(oldest);
            if !seen.insert(key_udf, nonce, iat) {
                return Ok(false);
            }
        }
        // If this fails the nonce stays in memory: the request fails, and
        // a replay of it is still refused.
        self.persist(&format!("{iat} {key_udf} {nonce}\n"), now)?;
        Ok(true)
    }

    /// Returns once `line` is written, writing it (with whatever else
    /// gathered meanwhile) itself if no other thread is writing.
    fn persist(&self, line: &str, now: u64) -> Result<()> {
        let mut group = lock(&self.group);
        group.open.lines.push_str(line);
        let done = group.open.done.clone();
        loop {
            if let Some(outcome) = done.get() {
                return outcome.clone().map_err(StoreError::Database);
            }
            if group.writing {
                group = self
                    .committed
                    .wait(group)
                    .unwrap_or_else(|e| e.into_inner());
                continue;
            }
            let batch = std::mem::take(&mut group.open);
            group.writing = true;
            drop(group);
            let outcome = {
                let mut files = lock(&self.files);
                files
                    .rotate(now)
                    .and_then(|()| files.current.write_all(batch.lines.as_bytes()))
                    .map_err(|e| format!("cannot write the nonce log: {e}"))
            };
            let _ = batch.done.set(outcome);
            group = lock(&self.group);
            group.writing = false;
            self.committed.notify_all();
        }
    }
}

/// Whether the file at `path` is not empty and does not end a line.
fn ends_torn(path: &Path) -> bool {
    use std::io::{Read as _, Seek as _, SeekFrom};
    let Ok(mut file) = File::open(path) else {
        return false;
    };
    let mut last = [b'\n'];
    file.seek(SeekFrom::End(-1)).is_ok() && file.read_exact(&mut last).is_ok() && last[0] != b'\n'
}

/// Keys and nonces go into space-separated lines: refuse what would break one.
fn checked(key_udf: &str, nonce: &str) -> Result<()> {
    let fine = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_graphic());
    if fine(key_udf) && fine(nonce) {
        Ok(())
    } else {
        Err(StoreError::Invalid(
            "a nonce and its key must be printable ASCII without spaces".into(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::super::{SqliteStore, Store};
    use super::*;

    /// Every nonce line in the log files beside `db`.
    fn logged(db: &Path) -> Vec<String> {
        let prefix = format!("{}.nonces.", db.file_name().unwrap().to_str().unwrap());
        let mut lines = Vec::new();
        for (_, path) in Files::list(db.parent().unwrap(), &prefix).unwrap() {
            let text = std::fs::read_to_string(path).unwrap();
            lines.extend(text.lines().map(str::to_owned));
        }
        lines
    }

    #[test]
    fn a_replay_is_refused_after_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("portal.db");
        let now = crate::time::unix_now();
        let store = SqliteStore::open(&path).unwrap();
        assert!(store.check_and_store_nonce("MK1", "n1", now, now).unwrap());
        drop(store);
        // A torn last line (a power cut mid-write) is skipped.
        let log = Files::list(dir.path(), "portal.db.nonces.").unwrap()[0]
            .1
            .clone();
        let mut file = OpenOptions::new().append(true).open(&log).unwrap();
        file.write_all(format!("{now} MK1").as_bytes()).unwrap();
        let store = SqliteStore::open(&path).unwrap();
        assert!(!store.check_and_store_nonce("MK1", "n1", now, now).unwrap());
        assert!(store.check_and_store_nonce("MK1", "n2", now, now).unwrap());
        assert!(logged(&path).contains(&format!("{now} MK1 n2")));
    }

    #[test]
    fn nonces_kept_in_sqlite_by_earlier_builds_are_moved_to_the_log() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("portal.db");
        let now = crate::time::unix_now();
        drop(SqliteStore::open(&path).unwrap());
        let conn = Connection::open(&path).unwrap();
        conn.execute(
            "INSERT INTO nonces (key_udf, nonce, iat) VALUES ('MK1', 'old', ?1)",
            [int(now)],
        )
        .unwrap();
        drop(conn);
        let store = SqliteStore::open(&path).unwrap();
        assert!(!store.check_and_store_nonce("MK1", "old", now, now).unwrap());
        drop(store);
        let store = SqliteStore::open(&path).unwrap();
        assert!(!store.check_and_store_nonce("MK1", "old", now, now).unwrap());
    }

    #[test]
    fn old_log_files_are_deleted() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("portal.db");
        let t0 = crate::time::unix_now();
        let store = SqliteStore::open(&path).unwrap();
        let mut t = t0;
        for i in 0..6 {
            assert!(
                store
                    .check_and_store_nonce("MK", &format!("n{i}"), t, t)
                    .unwrap()
            );
            t += NONCE_WINDOW_SECS;
        }
        let files = Files::list(dir.path(), "portal.db.nonces.").unwrap();
        assert!(files.len() <= KEEP_WINDOWS as usize + 1, "{files:?}");
        // The newest nonce is still refused after a restart; one a window
        // older is too old to be accepted anyway.
        drop(store);
        let store = SqliteStore::open(&path).unwrap();
        let last = t - NONCE_WINDOW_SECS;
        assert!(!store.check_and_store_nonce("MK", "n5", last, last).unwrap());
    }

    /// Many threads at once: each nonce is accepted exactly once, and every
    /// accepted one is in the log before its call returns.
    #[test]
    fn concurrent_nonces_are_each_accepted_once_and_logged() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("portal.db");
        let store = SqliteStore::open(&path).unwrap();
        let now = crate::time::unix_now();
        const THREADS: usize = 8;
        const EACH: usize = 200;
        let accepted: usize = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..THREADS)
                .map(|t| {
                    let (store, path) = (&store, &path);
                    scope.spawn(move || {
                        let mut accepted = 0;
                        for i in 0..EACH {
                            // Its own nonce, then one every thread sends.
                            let own = format!("t{t}-{i}");
                            assert!(store.check_and_store_nonce("MK", &own, now, now).unwrap());
                            if i % 50 == 0 {
                                let line = format!("{now} MK {own}");
                                assert!(logged(path).contains(&line), "{own} answered unlogged");
                            }
                            let shared = format!("shared-{i}");
                            if store
                                .check_and_store_nonce("MK", &shared, now, now)
                                .unwrap()
                            {
                                accepted += 1;
                            }
                        }
                        accepted
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).sum()
        });
        assert_eq!(accepted, EACH, "each shared nonce accepted once");
        assert_eq!(logged(&path).len(), THREADS * EACH + EACH);
    }
}
