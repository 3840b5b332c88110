import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program to its end with `posix_spawn` and a blocking `waitpid` on its own pid.
///
/// Foundation's `Process` was seen to hang for ever in `waitUntilExit` when tests spawn many
/// short processes at once (a lost SIGCHLD leaves the child a zombie nobody reaps), which kept
/// CI running until its time limit. Here every pipe is close-on-exec, so no child inherits
/// another test's pipe, and a deadline turns a hung program into a test failure.
enum ChildProcess {
  struct Finished {
    var status: Int32
    var output: Data
    var errors: Data
  }

  enum Failure: Error, CustomStringConvertible {
    case cannotStart(String, Int32)
    case timedOut(String, TimeInterval)

    var description: String {
      switch self {
      case .cannotStart(let path, let code):
        return "cannot start \(path): \(String(cString: strerror(code)))"
      case .timedOut(let path, let seconds):
        return "\(path) did not finish within \(Int(seconds)) s and was killed"
      }
    }
  }

  /// Runs `path ARGUMENTS` with exactly `environment`, feeds it `input`, and collects what it
  /// writes. The exit status of a program killed by a signal is 128 plus the signal number.
  static func run(
    _ path: String, _ arguments: [String], environment: [String: String], input: Data = Data(),
    timeout: TimeInterval = 120
  ) throws -> Finished {
    let stdin = try makePipe()
    let stdout = try makePipe()
    let stderr = try makePipe()
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, stdin.read, 0)
    posix_spawn_file_actions_adddup2(&actions, stdout.write, 1)
    posix_spawn_file_actions_adddup2(&actions, stderr.write, 2)

    // The child starts with default signal handling and nothing blocked, whatever the thread
    // that spawns it has; the test process itself must survive writing to a closed pipe.
    signal(SIGPIPE, SIG_IGN)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGPIPE)
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setsigmask(&attributes, &unblocked)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in argv + envp { free(pointer) } }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
    for fd in [stdin.read, stdout.write, stderr.write] { close(fd) }
    guard spawned == 0 else {
      for fd in [stdin.write, stdout.read, stderr.read] { close(fd) }
      throw Failure.cannotStart(path, spawned)
    }

    let collected = exchange(
      input: input, stdin: stdin.write, stdout: stdout.read, stderr: stderr.read,
      deadline: Date().addingTimeInterval(timeout))
    if !collected.finished { kill(pid, SIGKILL) }
    let status = waitForExit(pid)
    guard collected.finished else { throw Failure.timedOut(path, timeout) }
    return Finished(status: status, output: collected.output, errors: collected.errors)
  }

  private static func makePipe() throws -> (read: Int32, write: Int32) {
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { throw Failure.cannotStart("pipe", errno) }
    for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    return (fds[0], fds[1])
  }

  /// Writes the input and reads both outputs until the program closes them, or the deadline.
  private static func exchange(
    input: Data, stdin: Int32, stdout: Int32, stderr: Int32, deadline: Date
  ) -> (finished: Bool, output: Data, errors: Data) {
    var pending = [UInt8](input)
    var writer: Int32? = stdin
    _ = fcntl(stdin, F_SETFL, fcntl(stdin, F_GETFL) | O_NONBLOCK)
    var collected: [Int32: Data] = [stdout: Data(), stderr: Data()]
    var open: Set<Int32> = [stdout, stderr]
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let remaining = deadline.timeIntervalSinceNow
      if remaining <= 0 { break }
      if pending.isEmpty, let fd = writer {
        close(fd)
        writer = nil
      }
      if open.isEmpty && writer == nil { break }
      var polled = open.sorted().map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
      if let fd = writer { polled.append(pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)) }
      guard
        poll(&polled, nfds_t(polled.count), Int32(min(remaining, 1) * 1000)) >= 0 || errno == EINTR
      else { break }
      for entry in polled where entry.revents != 0 {
        if entry.fd == writer {
          let written = pending.withUnsafeBytes { write(entry.fd, $0.baseAddress, $0.count) }
          if written > 0 {
            pending.removeFirst(written)
          } else if errno != EAGAIN && errno != EINTR {
            pending.removeAll()
          }
        } else {
          let count = read(entry.fd, &buffer, buffer.count)
          if count > 0 {
            collected[entry.fd, default: Data()].append(contentsOf: buffer[0..<count])
          } else if count == 0 || errno != EINTR && errno != EAGAIN {
            close(entry.fd)
            open.remove(entry.fd)
          }
        }
      }
    }
    let finished = open.isEmpty && writer == nil
    for fd in open { close(fd) }
    if let fd = writer { close(fd) }
    return (finished, collected[stdout] ?? Data(), collected[stderr] ?? Data())
  }

  private static func waitForExit(_ pid: pid_t) -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let signal = status & 0x7f
    return signal == 0 ? (status >> 8) & 0xff : 128 + signal
  }
}
