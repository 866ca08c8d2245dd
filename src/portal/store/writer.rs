//! The store's one writing connection, on its own thread, with group commit.
//!
//! A write is acknowledged only once it is on disk (`synchronous=FULL`), and
//! the fsync of a COMMIT takes far longer than the write itself (about half
//! a millisecond here against tens of microseconds). So writes that arrive
//! while another transaction is committing share the next one: the writer
//! thread takes every write queued, runs each in its own SAVEPOINT, and one
//! COMMIT, one fsync, makes them all durable before any is answered. A
//! caller either blocks on its answer ([`Writer::write`]) or awaits it
//! ([`Writer::send`]), so an async request handler holds no thread while
//! its write commits.
//!
//! - A write that fails (or panics) rolls back to its savepoint: the others
//!   in its transaction keep theirs, as if it had run alone. A panic is
//!   passed on to the caller that sent the write.
//! - A COMMIT that fails fails every write in it, and none of them is
//!   acknowledged. So does SQLite rolling a whole transaction back by itself
//!   (it does on some errors, such as a full disk).
//! - Writes run one after another in the order they were sent; each sees the
//!   ones before it, as it would without batching.
//!
//! Why a thread rather than letting each caller run its own write in turn:
//! handing the connection from one waiting thread to the next costs a
//! wake-up each, and on a busy machine a wake-up can take longer than the
//! write. One thread that owns the connection runs a whole batch without
//! waiting for anyone; only the answers wake their callers, all at once.

use std::any::Any;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, Sender, SyncSender};
use std::thread::{self, JoinHandle};

use rusqlite::Connection;

use super::checkpoint::Checkpoints;
use super::{PendingWrite, Result, StoreError};

/// The most writes one COMMIT acknowledges, so a steady stream of writes
/// cannot keep the first of them waiting.
pub(super) const MAX_BATCH: usize = 64;

/// The writing connection's thread, and the queue into it.
pub(super) struct Writer {
    /// `None` once dropping: closing the queue stops the thread.
    queue: Option<Sender<Box<dyn Task>>>,
    thread: Option<JoinHandle<()>>,
    counts: Arc<Counts>,
}

/// Figures shared with the thread.
#[derive(Default)]
struct Counts {
    /// Writes sent and not yet taken by the thread.
    queued: AtomicUsize,
    /// Transactions committed.
    commits: AtomicU64,
}

/// One write, as the thread sees it: run it, then tell its caller how its
/// transaction ended.
trait Task: Send {
    /// Runs the write; true if its changes are to be kept.
    fn run(&mut self, conn: &Connection) -> bool;
    /// Answers the caller, once the transaction has ended with `outcome`.
    fn answer(self: Box<Self>, outcome: std::result::Result<(), StoreError>);
}

type Ran<T> = std::result::Result<Result<T>, Box<dyn Any + Send>>;

struct Write<T, F> {
    f: Option<F>,
    ran: Option<Ran<T>>,
    reply: Reply<T>,
}

/// Where a write's result goes: to a thread blocked on it, or to a task
/// that awaits it.
enum Reply<T> {
    Blocked(SyncSender<Ran<T>>),
    Awaited(tokio::sync::oneshot::Sender<Ran<T>>),
}

impl<T, F> Task for Write<T, F>
where
    T: Send,
    F: FnOnce(&Connection) -> Result<T> + Send,
{
    fn run(&mut self, conn: &Connection) -> bool {
        let f = self.f.take().expect("a write runs once");
        let ran = panic::catch_unwind(AssertUnwindSafe(|| f(conn)));
        let keep = matches!(ran, Ok(Ok(_)));
        self.ran = Some(ran);
        keep
    }

    fn answer(self: Box<Self>, outcome: std::result::Result<(), StoreError>) {
        let reply = match (self.ran, outcome) {
            // A panic is the caller's whatever became of the transaction.
            (Some(Err(panic)), _) => Err(panic),
            (_, Err(e)) => Ok(Err(e)),
            (Some(ran), Ok(())) => ran,
            (None, Ok(())) => Ok(Err(StoreError::Database("the write never ran".into()))),
        };
        // A blocked caller is still there; an awaiting one may have gone
        // (its client hung up), and then its answer is not needed.
        let _ = match self.reply {
            Reply::Blocked(to) => to.send(reply).ok(),
            Reply::Awaited(to) => to.send(reply).ok(),
        };
    }
}

impl Writer {
    /// Starts the writing thread, which takes over `conn` (not inside a
    /// transaction) and, if given, its checkpoints.
    pub(super) fn new(
        conn: Connection,
        checkpoints: Option<Checkpoints>,
    ) -> std::io::Result<Writer> {
        let (queue, tasks) = mpsc::channel();
        let counts = Arc::new(Counts::default());
        let thread = thread::Builder::new()
            .name("meshman-store-writer".into())
            .spawn({
                let counts = counts.clone();
                move || run(conn, checkpoints, &tasks, &counts)
            })?;
        Ok(Writer {
            queue: Some(queue),
            thread: Some(thread),
            counts,
        })
    }

    /// Runs `f` on the writing connection inside a transaction it may share
    /// with other writes, and returns once that transaction has ended. `f`'s
    /// changes are kept only if it returns `Ok`, and are on disk when this
    /// returns `Ok`.
    pub(super) fn write<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T> + Send + 'static,
    {
        let (reply, answer) = mpsc::sync_channel(1);
        self.enqueue(f, Reply::Blocked(reply))?;
        unwrap_answer(answer.recv().ok())
    }

    /// [`Self::write`] for async callers: sends the write at once and
    /// returns a future of its result, so no thread waits for the commit.
    pub(super) fn send<T, F>(&self, f: F) -> PendingWrite<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T> + Send + 'static,
    {
        let (reply, answer) = tokio::sync::oneshot::channel();
        let sent = self.enqueue(f, Reply::Awaited(reply));
        Box::pin(async move {
            sent?;
            unwrap_answer(answer.await.ok())
        })
    }

    fn enqueue<T, F>(&self, f: F, reply: Reply<T>) -> Result<()>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T> + Send + 'static,
    {
        let task = Box::new(Write {
            f: Some(f),
            ran: None,
            reply,
        });
        let queue = self.queue.as_ref().ok_or_else(stopped)?;
        self.counts.queued.fetch_add(1, Ordering::SeqCst);
        if queue.send(task).is_err() {
            self.counts.queued.fetch_sub(1, Ordering::SeqCst);
            return Err(stopped());
        }
        Ok(())
    }

    /// How many transactions have been committed so far.
    #[cfg(test)]
    fn commits(&self) -> u64 {
        self.counts.commits.load(Ordering::Relaxed)
    }

    /// How many writes are waiting for the thread to take them.
    #[cfg(test)]
    fn queued(&self) -> usize {
        self.counts.queued.load(Ordering::SeqCst)
    }
}

impl Drop for Writer {
    /// Lets the thread finish the writes already sent, then closes the
    /// connection.
    fn drop(&mut self) {
        drop(self.queue.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn stopped() -> StoreError {
    StoreError::Database("the store's writer has stopped".into())
}

/// A write's result as its caller gets it: a panic in the write goes on in
/// the caller.
fn unwrap_answer<T>(answer: Option<Ran<T>>) -> Result<T> {
    match answer {
        Some(Ok(result)) => result,
        Some(Err(panic)) => panic::resume_unwind(panic),
        None => Err(stopped()),
    }
}

/// The writing thread: a transaction for each batch of queued writes.
fn run(
    conn: Connection,
    mut checkpoints: Option<Checkpoints>,
    tasks: &Receiver<Box<dyn Task>>,
    counts: &Counts,
) {
    if let Some(checkpoints) = &checkpoints {
        checkpoints.watch(&conn);
    }
    let mut batch: Vec<Box<dyn Task>> = Vec::with_capacity(MAX_BATCH);
    while let Ok(first) = tasks.recv() {
        batch.push(first);
        while batch.len() < MAX_BATCH {
            match tasks.try_recv() {
                Ok(task) => batch.push(task),
                Err(_) => break,
            }
        }
        counts.queued.fetch_sub(batch.len(), Ordering::SeqCst);
        let mut done = Vec::with_capacity(batch.len());
        for task in batch.drain(..) {
            if let Some(failed) = run_one(&conn, task, &mut done) {
                // The transaction is gone, and with it every write so far.
                answer_all(&mut done, &Err(failed));
            }
        }
        if !done.is_empty() {
            let outcome = commit(&conn);
            if outcome.is_ok() {
                counts.commits.fetch_add(1, Ordering::Relaxed);
            }
            answer_all(&mut done, &outcome);
            // After the answers, so no write of this batch waits for it.
            if let (Ok(()), Some(checkpoints)) = (&outcome, &mut checkpoints) {
                checkpoints.after_commit(&conn);
            }
        }
    }
    // Its thread and connection go before the writing connection, whose
    // closing checkpoints what is left.
    drop(checkpoints);
}

/// Runs one write in a savepoint, beginning a transaction if none is open,
/// and adds it to `done`. Returns an error if the transaction was lost.
fn run_one(
    conn: &Connection,
    mut task: Box<dyn Task>,
    done: &mut Vec<Box<dyn Task>>,
) -> Option<StoreError> {
    if conn.is_autocommit()
        && let Err(e) = run_sql(conn, "BEGIN IMMEDIATE")
    {
        // Nothing is open, so nothing else is lost.
        task.answer(Err(e.into()));
        return None;
    }
    if let Err(e) = run_sql(conn, "SAVEPOINT request") {
        done.push(task);
        return Some(abandon(conn, e.into()));
    }
    let keep = task.run(conn);
    done.push(task);
    let ended = if keep {
        run_sql(conn, "RELEASE request")
    } else {
        run_sql(conn, "ROLLBACK TO request").and_then(|()| run_sql(conn, "RELEASE request"))
    };
    match ended {
        Err(e) => Some(abandon(conn, e.into())),
        // SQLite rolls a whole transaction back by itself on some errors.
        Ok(()) if conn.is_autocommit() => Some(StoreError::Database(
            "the transaction was rolled back by the database".into(),
        )),
        Ok(()) => None,
    }
}

fn commit(conn: &Connection) -> std::result::Result<(), StoreError> {
    run_sql(conn, "COMMIT")
        // A failed COMMIT (say, a deferred constraint) may leave the
        // transaction open: roll it back.
        .map_err(|e| abandon(conn, e.into()))
}

/// Runs one statement without parameters through the statement cache:
/// these run several times per write, and parsing costs as much as running.
fn run_sql(conn: &Connection, sql: &str) -> rusqlite::Result<()> {
    conn.prepare_cached(sql)?.execute([]).map(|_| ())
}

/// Rolls the open transaction back, if SQLite has not already; returns `e`.
fn abandon(conn: &Connection, e: StoreError) -> StoreError {
    if !conn.is_autocommit() {
        // If even this fails, the next BEGIN reports the state.
        let _ = conn.execute_batch("ROLLBACK");
    }
    e
}

fn answer_all(done: &mut Vec<Box<dyn Task>>, outcome: &std::result::Result<(), StoreError>) {
    for task in done.drain(..) {
        task.answer(outcome.clone());
    }
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::*;

    type Job = Box<dyn FnOnce(&Connection) -> Result<()> + Send>;

    fn writer() -> Writer {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "PRAGMA foreign_keys = ON;
             CREATE TABLE parent (id INTEGER PRIMARY KEY);
             CREATE TABLE rows (name TEXT PRIMARY KEY,
                 parent INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED);",
        )
        .unwrap();
        Writer::new(conn, None).unwrap()
    }

    fn insert(name: &'static str) -> Job {
        Box::new(move |conn| {
            conn.execute("INSERT INTO rows (name) VALUES (?1)", [name])?;
            Ok(())
        })
    }

    fn names(w: &Writer) -> Vec<String> {
        w.write(|conn| {
            let mut stmt = conn.prepare("SELECT name FROM rows ORDER BY name")?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
        .unwrap()
    }

    fn until(what: &str, mut done: impl FnMut() -> bool) {
        let start = Instant::now();
        while !done() {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "{what} never happened"
            );
            thread::yield_now();
        }
    }

    /// Sends `jobs` in order while the writer thread is held up by a gate
    /// write, so they arrive together, then lets it go. Returns each job's
    /// result, and the commits they took (not counting the gate's).
    fn together(w: &Writer, jobs: Vec<Job>) -> (Vec<thread::Result<Result<()>>>, u64) {
        let (go_tx, go_rx) = mpsc::channel::<()>();
        let (started_tx, started_rx) = mpsc::channel::<()>();
        thread::scope(|s| {
            let gate = s.spawn(|| {
                w.write(move |_| {
                    started_tx.send(()).unwrap();
                    go_rx.recv().unwrap();
                    Ok(())
                })
            });
            started_rx.recv().unwrap();
            let before = w.commits();
            let n = jobs.len();
            let handles: Vec<_> = jobs
                .into_iter()
                .enumerate()
                .map(|(i, job)| {
                    let handle = s.spawn(|| w.write(job));
                    until("queueing a write", || w.queued() == i + 1);
                    handle
                })
                .collect();
            assert_eq!(w.queued(), n);
            go_tx.send(()).unwrap();
            gate.join().unwrap().unwrap();
            let results: Vec<_> = handles.into_iter().map(|h| h.join()).collect();
            (results, w.commits() - before - 1)
        })
    }

    #[test]
    fn writes_alone_commit_alone() {
        let w = writer();
        w.write(insert("a")).unwrap();
        w.write(insert("b")).unwrap();
        assert_eq!(w.commits(), 2);
        assert_eq!(names(&w), ["a", "b"]);
    }

    #[test]
    fn writes_arriving_together_share_one_commit() {
        let w = writer();
        let (results, commits) = together(&w, vec![insert("a"), insert("b"), insert("c")]);
        for r in results {
            r.unwrap().unwrap();
        }
        assert_eq!(commits, 1);
        assert_eq!(names(&w), ["a", "b", "c"]);
    }

    #[test]
    fn a_later_write_sees_an_earlier_one_in_the_same_transaction() {
        let w = writer();
        let (results, _) = together(&w, vec![insert("a"), insert("a")]);
        results[0].as_ref().unwrap().as_ref().unwrap();
        let e = results[1].as_ref().unwrap().as_ref().unwrap_err();
        assert!(e.to_string().contains("UNIQUE"), "{e}");
        assert_eq!(names(&w), ["a"]);
    }

    #[test]
    fn a_failed_write_leaves_the_others_in_its_transaction() {
        let w = writer();
        let failing: Job = Box::new(|conn| {
            insert("undone")(conn)?;
            Err(StoreError::Invalid("refused".into()))
        });
        let (results, commits) = together(&w, vec![insert("kept"), failing, insert("also")]);
        let results: Vec<_> = results.into_iter().map(|r| r.unwrap()).collect();
        assert_eq!(
            results,
            [Ok(()), Err(StoreError::Invalid("refused".into())), Ok(())]
        );
        assert_eq!(commits, 1);
        assert_eq!(names(&w), ["also", "kept"]);
    }

    #[test]
    fn a_panicking_write_panics_its_caller_alone_and_the_writer_goes_on() {
        let w = writer();
        let panicking: Job = Box::new(|conn| {
            insert("undone")(conn).unwrap();
            panic!("a bug in a write");
        });
        let (results, _) = together(&w, vec![insert("kept"), panicking]);
        results[0].as_ref().unwrap().as_ref().unwrap();
        assert!(results[1].is_err(), "the panic reaches its own caller");
        w.write(insert("after")).unwrap();
        assert_eq!(names(&w), ["after", "kept"]);
    }

    #[test]
    fn a_failed_commit_fails_every_write_in_it() {
        let w = writer();
        // The deferred foreign key is checked only at COMMIT.
        let orphan: Job = Box::new(|conn| {
            conn.execute("INSERT INTO rows (name, parent) VALUES ('orphan', 7)", [])?;
            Ok(())
        });
        let (results, commits) = together(&w, vec![insert("innocent"), orphan]);
        let results: Vec<_> = results.into_iter().map(|r| r.unwrap()).collect();
        let e = results[0].clone().unwrap_err();
        assert!(e.to_string().contains("FOREIGN KEY"), "{e}");
        assert_eq!(results[1], Err(e));
        assert_eq!(commits, 0);
        assert!(names(&w).is_empty());
        w.write(insert("after")).unwrap();
        assert_eq!(names(&w), ["after"]);
    }

    #[test]
    fn a_transaction_holds_at_most_max_batch_writes() {
        let w = writer();
        let jobs: Vec<Job> = (0..MAX_BATCH + 8)
            .map(|i| -> Job {
                Box::new(move |conn| {
                    conn.execute("INSERT INTO rows (name) VALUES (?1)", [format!("{i:03}")])?;
                    Ok(())
                })
            })
            .collect();
        let (results, commits) = together(&w, jobs);
        assert!(results.into_iter().all(|r| r.unwrap().is_ok()));
        assert_eq!(commits, 2, "one full transaction, then the rest");
        assert_eq!(names(&w).len(), MAX_BATCH + 8);
    }

    #[test]
    fn an_awaited_write_is_answered_after_its_commit() {
        let w = writer();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let pending = w.send(insert("a"));
        // Sent at once: it commits whether or not anyone awaits it yet.
        until("the write's commit", || w.commits() == 1);
        runtime.block_on(pending).unwrap();
        let refused = w.send(|conn| insert("a")(conn));
        let e = runtime.block_on(refused).unwrap_err();
        assert!(e.to_string().contains("UNIQUE"), "{e}");
        // A write whose caller went away still lands.
        drop(w.send(insert("b")));
        assert_eq!(names(&w), ["a", "b"]);
    }

    #[test]
    fn dropping_the_writer_finishes_what_was_sent() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE rows (name TEXT PRIMARY KEY)")
            .unwrap();
        let w = Writer::new(conn, None).unwrap();
        w.write(insert("a")).unwrap();
        drop(w);
        let conn = Connection::open(&path).unwrap();
        let n: i64 = conn
            .query_row("SELECT count(*) FROM rows", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 1);
    }
}
