//! Copying the write-ahead log back into the database file, mostly off the
//! writer's thread.
//!
//! By default SQLite checkpoints inside the COMMIT that takes the log past
//! 1000 pages: that commit copies the log's pages into the database file and
//! fsyncs it twice, 1–2 ms here, and every write in the batches queued
//! behind it waits. In the portal benchmark these checkpoints made the p99
//! latency of a Publish at 16 clients: 6–8 ms, against under 3 ms with no
//! checkpoints at all, and 4–5 ms with the scheme below (as measured when
//! it was added; later changes took it to 3.3–4.2 ms).
//!
//! So the writing connection turns automatic checkpoints off (its WAL hook
//! replaces SQLite's) and, after a commit, looks at the log's length:
//!
//! - every [`EVERY_FRAMES`] frames it nudges a checkpointing thread, which
//!   runs a PASSIVE checkpoint on its own connection: it copies what is
//!   committed, beside the writer and the readers, without blocking either;
//! - at [`CATCH_UP_FRAMES`] the writer checkpoints itself, between two
//!   transactions. A checkpoint running beside writes can copy the log but
//!   not restart it: SQLite rewinds the log only when a write begins with
//!   every frame already copied, and under a steady stream of writes the
//!   background one is always a little behind. The writer's own checkpoint
//!   copies only what came after the last background one (at most about
//!   `EVERY_FRAMES`, hence their small number), and its next write starts
//!   the log again from its beginning, so the log stays bounded.
//!
//! Nothing here changes what is durable: commits are fsync'd in the log
//! (`synchronous=FULL`) before they are answered, whenever the copy happens.

use std::cell::Cell;
use std::ffi::c_int;
use std::path::Path;
use std::sync::mpsc::{self, SyncSender};
use std::thread::{self, JoinHandle};

use rusqlite::Connection;
use rusqlite::hooks::Wal;

use super::Result;

/// Frames (pages) of log between two background checkpoints. Fewer means
/// less for the writer to copy when it catches up, and more copies of pages
/// written again and again (on the other thread).
pub(super) const EVERY_FRAMES: i32 = 250;
/// The log's length at which the writer checkpoints itself: 16 MiB of
/// 4 KiB pages.
pub(super) const CATCH_UP_FRAMES: i32 = 4000;

thread_local! {
    /// Frames in the log after the last commit on this thread, as SQLite's
    /// WAL hook reports them (the hook is a plain `fn`, so it cannot hold a
    /// reference to its writer; each writer has its own thread).
    static LOG_FRAMES: Cell<i32> = const { Cell::new(0) };
}

fn note_log_frames(_: &Wal, frames: c_int) -> rusqlite::Result<()> {
    LOG_FRAMES.set(frames);
    Ok(())
}

/// The checkpointing thread, and what the writer knows of the log.
pub(super) struct Checkpoints {
    /// `None` once dropping: closing it stops the thread.
    nudge: Option<SyncSender<()>>,
    thread: Option<JoinHandle<()>>,
    /// The log's length at which the next background checkpoint is due.
    next: i32,
}

impl Checkpoints {
    /// Starts the checkpointing thread on its own connection to the
    /// database at `path`, which must be in WAL mode.
    pub(super) fn start(path: &Path) -> Result<Checkpoints> {
        let conn = Connection::open(path)?;
        let (nudge, nudged) = mpsc::sync_channel::<()>(1);
        let thread = thread::Builder::new()
            .name("meshman-store-checkpoint".into())
            .spawn(move || {
                // It only has to keep up on average: the writer, and
                // requests, come first.
                crate::portal::priority::lower_this_thread(crate::portal::priority::BACKGROUND);
                while nudged.recv().is_ok() {
                    if let Err(e) = checkpoint(&conn) {
                        // The writer's own checkpoints still bound the log.
                        eprintln!("meshman portal: background checkpoint failed: {e}");
                    }
                }
            })
            .map_err(|e| {
                super::StoreError::Database(format!("cannot start the checkpoint thread: {e}"))
            })?;
        Ok(Checkpoints {
            nudge: Some(nudge),
            thread: Some(thread),
            next: EVERY_FRAMES,
        })
    }

    /// Takes over checkpointing for `conn`, the writing connection; to be
    /// called on the thread that commits on it.
    pub(super) fn watch(&self, conn: &Connection) {
        conn.wal_hook(Some(note_log_frames));
    }

    /// After a commit on the watching thread: nudges the background
    /// checkpoint, or checkpoints here, as the log's length asks. Outside
    /// any transaction.
    pub(super) fn after_commit(&mut self, conn: &Connection) {
        let frames = LOG_FRAMES.get();
        if frames < self.next - EVERY_FRAMES {
            // The log started again from its beginning.
            self.next = EVERY_FRAMES;
        }
        if frames >= CATCH_UP_FRAMES {
            // Busy if the background one is running, and the log cannot
            // restart while a reader is still on an older snapshot: until
            // it does, each commit tries again, as SQLite's own automatic
            // checkpoint would.
            if let Err(e) = checkpoint(conn) {
                eprintln!("meshman portal: checkpoint failed: {e}");
            }
        } else if frames >= self.next {
            self.next = frames + EVERY_FRAMES;
            if let Some(nudge) = &self.nudge {
                // Full means one is already asked for.
                let _ = nudge.try_send(());
            }
        }
    }
}

impl Drop for Checkpoints {
    fn drop(&mut self) {
        drop(self.nudge.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A PASSIVE checkpoint: copies as much of the log as it can without
/// waiting for anyone (not past a snapshot a reader is still on).
fn checkpoint(conn: &Connection) -> rusqlite::Result<()> {
    conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))
}
