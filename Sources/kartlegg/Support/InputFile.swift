import ArgumentParser
import Foundation
import KartleggTerminal
import KartleggXML

/// Reads input files with a size cap, turning failures into exit 66 with a clear message.
enum InputFile {
  /// The most bytes read from any input file; larger files are cut here and rejected by the
  /// loaders' own size checks.
  static let readLimit = 8 * 1024 * 1024

  /// The bytes of a file, or `nil` after printing why it could not be read.
  static func bytes(_ path: String) -> [UInt8]? {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      Diagnostics.error("\(path): error: no such file")
      return nil
    }
    guard !isDirectory.boolValue, let handle = FileHandle(forReadingAtPath: path) else {
      Diagnostics.error("\(path): error: cannot read the file")
      return nil
    }
    defer { try? handle.close() }
    do {
      return [UInt8](try handle.read(upToCount: readLimit + 1) ?? Data())
    } catch {
      Diagnostics.error("\(path): error: cannot read the file")
      return nil
    }
  }
}

/// Writes diagnostics to standard error, with control characters made harmless.
enum Diagnostics {
  /// Prints each problem as `FILE:LINE[:COL]: error: message`.
  static func report(_ problems: [LoadProblem]) {
    for problem in problems { error(problem.diagnostic) }
  }

  static func error(_ line: String) {
    FileHandle.standardError.write(Data((TerminalText.safe(line) + "\n").utf8))
  }
}
