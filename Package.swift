// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "kartlegg",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "kartlegg", targets: ["kartlegg"]),
    .library(name: "KartleggCore", targets: ["KartleggCore"]),
    .library(name: "KartleggXML", targets: ["KartleggXML"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
    ),
    .target(name: "KartleggCore"),
    .target(name: "KartleggXML", dependencies: ["KartleggCore", "CLibXML2"]),
    .executableTarget(
      name: "kartlegg",
      dependencies: [
        "KartleggCore",
        "KartleggXML",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "kartlegg-bench",
      dependencies: ["KartleggCore", "KartleggXML"],
      path: "Benchmarks/kartlegg-bench"
    ),
    .testTarget(name: "KartleggCoreTests", dependencies: ["KartleggCore"]),
    .testTarget(
      name: "KartleggXMLTests",
      dependencies: ["KartleggXML"],
      exclude: ["Fixtures"]
    ),
    .testTarget(name: "kartleggTests", dependencies: ["kartlegg"]),
    .testTarget(
      name: "AssessmentTests",
      dependencies: ["KartleggCore", "KartleggXML"],
      exclude: ["Profiles"]
    ),
  ]
)

for target in package.targets where target.type != .system {
  target.swiftSettings =
    (target.swiftSettings ?? []) + [
      .swiftLanguageMode(.v6),
      .enableUpcomingFeature("ExistentialAny"),
    ]
}
