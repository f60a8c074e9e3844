// The Swift target's row: a Swift Package Manager executable package.

import type { InstallStep, ModuleStyle } from '../targets.js';
import type { TargetRow } from '../target-row.js';

/** Why the Swift SDK cannot do JWT; generate() adds the targets that can. */
const SWIFT_HAS_NO_JWT =
  'the Box Swift SDK has no JWT auth (box-ios-sdk 10.x has no JWTConfig or BoxJWTAuth); use CCG, or an SDK target with JWT';
const swiftPackage = (version: string): InstallStep[] => [
  { tool: 'swift', text: 'mkdir -p Sources/GetCurrentUser', languageTag: 'sh' },
  {
    tool: 'swift',
    file: 'Package.swift',
    languageTag: 'swift',
    text: `// swift-tools-version:5.7
import PackageDescription

let package = Package(
    name: "GetCurrentUser",
    platforms: [.macOS(.v10_15)],
    dependencies: [
        .package(url: "https://github.com/box/box-ios-sdk.git", .upToNextMajor(from: "${version}")),
    ],
    targets: [
        .executableTarget(
            name: "GetCurrentUser",
            dependencies: [.product(name: "BoxSDK", package: "box-ios-sdk")]
        ),
    ]
)
`,
  },
];

const SWIFT_PACKAGE = {
  id: 'package',
  language: 'swift',
  languageTag: 'swift',
  // A Swift Package Manager executable package: Package.swift at the top, the program here.
  fileName: 'Sources/GetCurrentUser/main.swift',
  run: 'swift run',
  // box-ios-sdk builds for Apple platforms and Linux.
  windowsRun: null,
  extraInstall: [],
  prettierParser: null,
  esModule: false,
  typeScript: false,
  takesArguments: false,
} as const satisfies ModuleStyle;

export const SWIFT = {
  id: 'swift',
  family: 'swift',
  title: 'Swift, generated SDK',
  tab: { label: 'Swift v10' },
  line: 'gen',
  templateDir: 'swift',
  packages: [
    {
      name: 'box-ios-sdk',
      versionRange: '10.x',
      status: 'current',
      install: swiftPackage('10.15.0'),
      importName: 'BoxSdkGen',
      note: 'The current Box Swift SDK (Swift Package Manager product BoxSDK, module BoxSdkGen).',
    },
  ],
  styles: [SWIFT_PACKAGE],
  unsupportedAuth: { jwt: SWIFT_HAS_NO_JWT },
} as const satisfies TargetRow;

/** This family's rows, in the registry's order. */
export const ROWS = [SWIFT] as const;

/** The string literals of this family's languages. */
export { SWIFT_STRINGS as STRINGS } from '../encoders/swift.js';
