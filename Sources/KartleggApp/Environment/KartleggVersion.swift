/// kartlegg's version, shown by `--version` and part of every cache key, so a new version
/// never reads what an older one kept.
public enum KartleggVersion {
  /// The version.
  public static let current = "0.1.0"
}
