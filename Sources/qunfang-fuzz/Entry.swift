#if FUZZING
import Foundation

/// libFuzzer's entry point (built by scripts/fuzz.sh with `-sanitize=fuzzer,address -D FUZZING`):
/// any broken promise of the loader traps, and libFuzzer saves the input as a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0, let fuzzCase = FuzzCase(Array(UnsafeBufferPointer(start: data, count: size))) else {
        return 0
    }
    let violations = fuzzCase.violations()
    if !violations.isEmpty {
        fatalError("loader broke its promises on \(fuzzCase.path):\n" + violations.joined(separator: "\n"))
    }
    return 0
}

/// libFuzzer's driver, from the toolchain's libclang_rt.fuzzer.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's entry point under the module's name, so libFuzzer's own `main`
/// is never used: this one hands the command line to libFuzzer's driver instead.
@main
struct FuzzMain {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, fuzzOneInput))
    }
}
#else
import Foundation

/// In a normal build: replays saved fuzz inputs (`qunfang-fuzz crash-… corpus/…`) through the
/// same oracle, without the sanitizers, to reproduce a finding.
@main
struct FuzzReplay {
    static func main() {
        var failed = false
        for file in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: file) else {
                print("\(file): 无法读取")
                failed = true
                continue
            }
            let clock = ContinuousClock()
            var violations: [String] = []
            var target = "(空输入)"
            let elapsed = clock.measure {
                guard let fuzzCase = FuzzCase([UInt8](data)) else { return }
                target = fuzzCase.path
                violations = fuzzCase.violations()
            }
            print("\(file) → \(target): \(violations.isEmpty ? "通过" : "失败")，用时 \(elapsed)")
            for violation in violations { print("  " + violation) }
            failed = failed || !violations.isEmpty
        }
        if failed { exit(1) }
    }
}
#endif
