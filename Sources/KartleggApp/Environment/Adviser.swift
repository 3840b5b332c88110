import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Who is acting, for the audit log: `$KARTLEGG_ADVISER`, else the login name of the user
/// running kartlegg.
public enum Adviser {
  /// The name for the audit log.
  public static var current: String {
    if let name = ProcessEnvironment.value("KARTLEGG_ADVISER"), !name.isEmpty {
      return name
    }
    if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
      return String(cString: name)
    }
    return "uid \(getuid())"
  }
}
