// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "kartlegg",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "kartlegg", targets: ["kartlegg"]),
    .library(name: "KartleggCore", targets: ["KartleggCore"]),
    .library(name: "KartleggXML", targets: ["KartleggXML"]),
    .library(name: "KartleggStore", targets: ["KartleggStore"]),
    .library(name: "KartleggPostgres", targets: ["KartleggPostgres"]),
    .library(name: "KartleggTerminal", targets: ["KartleggTerminal"]),
    .library(name: "KartleggReport", targets: ["KartleggReport"]),
    .library(name: "KartleggApp", targets: ["KartleggApp"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
    ),
    .systemLibrary(
      name: "CFriBidi",
      pkgConfig: "fribidi",
      providers: [.apt(["libfribidi-dev"]), .brew(["fribidi"])]
    ),
    .target(name: "KartleggCore"),
    .target(name: "KartleggCommandLine"),
    .target(name: "KartleggXML", dependencies: ["KartleggCore", "CLibXML2"]),
    .target(
      name: "KartleggStore",
      dependencies: [
        "KartleggCore", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    .target(
      name: "KartleggPostgres",
      dependencies: [
        "KartleggCore", "KartleggStore", .product(name: "PostgresNIO", package: "postgres-nio"),
      ]
    ),
    .target(name: "KartleggTerminal", dependencies: ["KartleggCore", "CFriBidi"]),
    .target(
      name: "KartleggReport", dependencies: ["KartleggCore", "KartleggStore", "KartleggTerminal"]),
    .target(
      name: "KartleggApp",
      dependencies: [
        "KartleggCore",
        "KartleggXML",
        "KartleggStore",
        "KartleggPostgres",
        "KartleggTerminal",
        "KartleggReport",
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    .executableTarget(
      name: "kartlegg",
      dependencies: [
        "KartleggCore",
        "KartleggStore",
        "KartleggTerminal",
        "KartleggReport",
        "KartleggApp",
        "KartleggCommandLine",
      ]
    ),
    .executableTarget(
      name: "kartlegg-bench",
      dependencies: ["KartleggCore", "KartleggXML"],
      path: "Benchmarks/kartlegg-bench"
    ),
    .executableTarget(
      name: "kartlegg-pg-bench",
      dependencies: ["KartleggCore", "KartleggStore", "KartleggPostgres"],
      path: "Benchmarks/postgres"
    ),
    .executableTarget(
      name: "grouping-bench",
      dependencies: ["KartleggCore"],
      path: "Benchmarks/grouping/engine"
    ),
    .testTarget(name: "KartleggCoreTests", dependencies: ["KartleggCore"]),
    .testTarget(name: "KartleggCommandLineTests", dependencies: ["KartleggCommandLine"]),
    .testTarget(
      name: "KartleggXMLTests",
      dependencies: ["KartleggXML"],
      exclude: ["Fixtures"]
    ),
    .testTarget(name: "KartleggStoreTests", dependencies: ["KartleggStore", "KartleggPostgres"]),
    .testTarget(
      name: "KartleggTerminalTests",
      dependencies: ["KartleggTerminal", "KartleggXML"],
      exclude: ["Fixtures"]
    ),
    .testTarget(name: "KartleggReportTests", dependencies: ["KartleggReport"]),
    .testTarget(
      name: "KartleggAppTests", dependencies: ["KartleggApp"], exclude: ["Golden"]),
    .testTarget(name: "kartleggTests", dependencies: ["kartlegg", "KartleggTerminal"]),
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
