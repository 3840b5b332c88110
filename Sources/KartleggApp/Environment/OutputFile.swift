import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An output file written whole or not at all, and never over something that is not the user's
/// own regular file.
///
/// The text goes to a new temporary file beside the target (created 0600 with `mkstemp`), is
/// flushed to disk, and is renamed into place — so a reader never sees half a file and a crash
/// leaves the old one. The target must be missing or a regular file owned by the user: a
/// device (such as `/dev/full`), a FIFO, a socket, a directory, a symbolic link or another
/// user's file is refused and left as it is.
public struct OutputFile: Sendable {
  /// Why an output file was not written.
  public enum Refusal: Error, Equatable, CustomStringConvertible {
    /// The target exists and is not a regular file (what it is instead).
    case notRegularFile(path: String, kind: String)
    /// The target belongs to another user (by numeric id).
    case ownedByOther(path: String, owner: UInt32)
    /// A system call failed (its name and the system's message).
    case failed(path: String, call: String, message: String)

    /// The message, `PATH: what is wrong`.
    public var description: String {
      switch self {
      case .notRegularFile(let path, _), .ownedByOther(let path, _), .failed(let path, _, _):
        return "\(path): \(message)"
      }
    }

    /// What is wrong, without the path.
    public var message: String {
      switch self {
      case .notRegularFile(_, let kind):
        return "is \(kind), not a regular file; give the path of a file to write"
      case .ownedByOther(_, let owner):
        return "belongs to another user (uid \(owner)); kartlegg only replaces your own files"
      case .failed(_, let call, let message): return "\(call) failed: \(message)"
      }
    }
  }

  /// The target path.
  public let path: String

  /// An output file at a path.
  ///
  /// - Parameter path: The target.
  public init(path: String) {
    self.path = path
  }

  /// Writes the bytes to the target, replacing it atomically.
  ///
  /// - Parameter bytes: The whole content.
  /// - Throws: ``Refusal`` when the target is not the user's regular file or writing fails;
  ///   the target is then unchanged and no temporary file is left.
  public func write(_ bytes: [UInt8]) throws(Refusal) {
    try checkTarget()
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent().path
    var template = Array((directory + "/." + url.lastPathComponent + ".XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard descriptor >= 0 else { throw failure("mkstemp") }
    let temporary = String(
      decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var isRenamed = false
    defer {
      if !isRenamed { unlink(temporary) }
    }
    do {
      defer { close(descriptor) }
      try writeAll(bytes, to: descriptor)
      guard fsync(descriptor) == 0 else { throw failure("fsync") }
    }
    try checkTarget()
    guard rename(temporary, path) == 0 else { throw failure("rename") }
    isRenamed = true
    let directoryDescriptor = open(directory, O_RDONLY)
    if directoryDescriptor >= 0 {
      fsync(directoryDescriptor)
      close(directoryDescriptor)
    }
  }

  /// Refuses a target that exists and is not the user's own regular file.
  private func checkTarget() throws(Refusal) {
    var info = stat()
    guard lstat(path, &info) == 0 else {
      if errno == ENOENT { return }
      throw failure("lstat")
    }
    let type = UInt32(info.st_mode) & UInt32(S_IFMT)
    let kinds: [UInt32: String] = [
      UInt32(S_IFIFO): "a FIFO (named pipe)", UInt32(S_IFCHR): "a character device",
      UInt32(S_IFBLK): "a block device", UInt32(S_IFDIR): "a directory",
      UInt32(S_IFSOCK): "a socket", UInt32(S_IFLNK): "a symbolic link",
    ]
    guard type == UInt32(S_IFREG) else {
      throw .notRegularFile(path: path, kind: kinds[type] ?? "a special file")
    }
    guard UInt32(info.st_uid) == UInt32(geteuid()) else {
      throw .ownedByOther(path: path, owner: UInt32(info.st_uid))
    }
  }

  private func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws(Refusal) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { buffer in
        systemWrite(descriptor, buffer.baseAddress, buffer.count)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw failure("write")
      }
      offset += written
    }
  }

  private func failure(_ call: String) -> Refusal {
    .failed(path: path, call: call, message: String(cString: strerror(errno)))
  }
}

#if canImport(Glibc)
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  private let systemWrite = Darwin.write
#endif
