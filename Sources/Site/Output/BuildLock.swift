import Foundation

/// An exclusive `flock(2)` on `.NAME.lock` beside the output folder (`.site.lock` for `site`),
/// held from before the first check until the swap is done. A second build on the same output
/// waits for the first (saying so once) and then builds on top of its result, so two builds
/// never interleave. The kernel drops the lock when the process dies, even by SIGKILL; the lock
/// file itself stays (removing it would let a third build lock a different file).
final class BuildLock {
    private let descriptor: Int32

    /// Takes the lock, calling `notice` once if another build holds it and waiting for it.
    init(path: String, output: String, notice: (String) -> Void) throws {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw SiteError.at(.start(of: output), "无法建立锁文件 \(path)（\(String(cString: strerror(errno)))）；原有网站未改动")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw SiteError.at(.start(of: output), "无法锁定 \(path)（\(reason)）；原有网站未改动")
            }
            notice("另一个 qunfang build 正在写入 \(output)，等待它完成……")
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let reason = String(cString: strerror(errno))
                    close(descriptor)
                    throw SiteError.at(.start(of: output), "无法锁定 \(path)（\(reason)）；原有网站未改动")
                }
            }
        }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
