//! Which of the portal's threads gets a CPU first when both cores are busy.
//!
//! Every write goes through one thread, the store's writer
//! (`store/writer.rs`): it is the one serial stage, and everything else
//! runs beside it. Under load it used to wait for a CPU behind the request
//! handlers whenever it woke to commit: at 16 clients publishing recovery
//! records, 28 µs runnable but not running per Publish, against 43 µs of
//! its own work (portal bench, schedstat). Each write queued behind it
//! waited too, and later the cores sat idle (18% of the time) while the
//! handlers had nothing to do but wait for its answers.
//!
//! So the threads of the parallel stages run a few nice levels below the
//! writer: the async workers that parse and verify requests by
//! [`HANDLERS`], the background checkpoint (`store/checkpoint.rs`), which
//! only has to keep up on average, by [`BACKGROUND`]. A runnable writer
//! then gets a CPU first. Measured in alternating runs on that machine:
//! the writer's wait went from 17–46 µs to 12–25 µs per Publish and idle
//! time from 12–20% to 9–16%; Publish of recovery records at 16 clients
//! came out ahead in 8 of 9 pairs, by about 10% on average, and profile
//! Publish moved within the noise. Nice values only weigh threads against
//! each other; no work is refused a CPU that is free.
//!
//! A thread only ever lowers its own priority, relative to what it had:
//! `nice meshman portal serve` still lowers the whole portal, and no
//! privilege is needed. Linux only: there a nice value belongs to a
//! thread, while elsewhere it belongs to the process, and lowering it
//! would lower the writer too.

/// Nice levels the request handlers' threads run below the writer.
pub const HANDLERS: i32 = 3;
/// Nice levels the background checkpoint runs below the writer.
pub const BACKGROUND: i32 = 10;

/// The highest nice value (the lowest priority) there is.
#[cfg(target_os = "linux")]
const LOWEST: i32 = 19;

/// Lowers the calling thread's priority by `levels` nice levels (at most to
/// the lowest). Best effort: a thread left where it was still works, so a
/// failure is not reported.
pub fn lower_this_thread(levels: i32) {
    #[cfg(target_os = "linux")]
    {
        use rustix::process::{getpriority_process, setpriority_process};
        let thread = Some(rustix::thread::gettid());
        if let Ok(now) = getpriority_process(thread) {
            let _ = setpriority_process(thread, (now + levels).min(LOWEST));
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = levels;
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    fn nice() -> i32 {
        rustix::process::getpriority_process(Some(rustix::thread::gettid())).unwrap()
    }

    #[test]
    fn lowers_only_the_calling_thread_and_stops_at_the_lowest() {
        let before = nice();
        let (lowered, lowest) = std::thread::spawn(move || {
            lower_this_thread(2);
            let lowered = nice();
            lower_this_thread(LOWEST + 5);
            (lowered, nice())
        })
        .join()
        .unwrap();
        assert_eq!(lowered, (before + 2).min(LOWEST));
        assert_eq!(lowest, LOWEST);
        // The thread that spawned it is where it was.
        assert_eq!(nice(), before);
    }
}
