// swift-tools-version: 6.0
import PackageDescription

/// qunfang's pipeline, one module per stage: load (Records) → score (Scoring) → render (Site) → the CLI.
let package = Package(
    name: "qunfang",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "qunfang", targets: ["qunfang"]),
        .library(name: "Scoring", targets: ["Scoring"]),
        .library(name: "Records", targets: ["Records"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The preview server of `qunfang serve`.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        // Tests only: generators for the scoring library's property tests.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // Pure: records in, scores out. No file access, no clock, no Foundation.
        .target(name: "Scoring"),
        // An ordered map over all cores, shared by the loader, the renderer and the generator.
        .target(name: "Parallel"),
        // Reads content/ strictly and turns it into Scoring's model, with located diagnostics.
        .target(
            name: "Records",
            dependencies: ["Scoring", "Parallel", .product(name: "Yams", package: "Yams")]
        ),
        // The year's results as JSON (SPEC 6), CSV and a terminal table: shared by `score` and the site.
        .target(name: "Reports", dependencies: ["Scoring"]),
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // A small valid content folder, shared by the loader's tests and the fuzzer, and the personal
        // data of records, which tests look for in everything a build writes.
        .target(name: "RecordsFixture", path: "Sources/RecordsFixture"),
        // Views, Markdown and themes: scored content in, a static site out.
        .target(
            name: "Site",
            dependencies: [
                "Scoring", "Records", "Reports", "Parallel", "Ccmark",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // `qunfang serve`: serves the built site on 127.0.0.1, watches the sources, reloads the page.
        .target(
            name: "Preview",
            dependencies: ["Scoring", "Site", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "qunfang",
            dependencies: [
                "Scoring", "Records", "Reports", "Site", "Preview", "Parallel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Deterministic sample and benchmark content (the town's 44 communities, or N of them);
        // its 自评 come from the real loader and scorer.
        .target(name: "SampleContent", dependencies: ["Records", "Scoring", "Parallel"]),
        .executableTarget(
            name: "qunfang-sample",
            dependencies: [
                "SampleContent",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer target for the record loader, the scoring and the site of what loads
        // (scripts/fuzz.sh builds it with -sanitize=fuzzer and -D FUZZING); a normal build makes a
        // small replayer of saved fuzz inputs instead.
        .executableTarget(name: "qunfang-fuzz", dependencies: ["Records", "RecordsFixture", "Scoring", "Site"]),
        // What every test target shares: scratch folders, child processes, folder snapshots.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ScoringTests", dependencies: ["Scoring"]),
        // Property-based tests of Scoring over random generated YearRecords (seeded, reproducible).
        .testTarget(
            name: "ScoringPropertyTests",
            dependencies: ["Scoring", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "RecordsTests", dependencies: ["Records", "Scoring", "RecordsFixture", "SampleContent", "TestSupport"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Scoring"]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Records", "Scoring", "SampleContent", "RecordsFixture", "TestSupport"]),
        .testTarget(
            name: "PreviewTests",
            dependencies: ["Preview", "Scoring", .product(name: "FlyingFox", package: "FlyingFox"), "TestSupport"]
        ),
        .testTarget(name: "SampleContentTests", dependencies: ["SampleContent", "Records", "Scoring", "TestSupport"]),
        .testTarget(name: "QunfangTests", dependencies: ["qunfang", "qunfang-sample", "RecordsFixture", "Site", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
