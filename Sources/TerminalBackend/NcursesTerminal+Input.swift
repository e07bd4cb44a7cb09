import TutorUI

// MARK: - The input loop, apart from ncurses

extension NcursesTerminal {
    /// One read from the keyboard: what arrived (nil when `get_wch` gave `ERR`) and how long the
    /// read took, in milliseconds.
    struct RawRead: Sendable, Equatable {
        var input: RawInput?
        var elapsed: Int
    }

    /// What the input loop found.
    enum InputEvent: Sendable, Equatable {
        case key(Key)
        case resize
        case end
    }

    /// Turns `get_wch` results into events: assembles escape sequences ncurses left in pieces,
    /// waits in short slices so that a stop request is noticed even when the caller waits for
    /// ever, and takes a run of reads that fail at once (end of input, a hung-up terminal) as the
    /// end, so a closed input never spins.
    ///
    /// The reads are passed in, so all of this runs in tests without a terminal.
    struct InputDecoder {
        /// The longest single wait, in ms: how soon a stop request is noticed.
        static let slice = 100
        /// A failed read this much shorter than its wait (here: under half) counts as instant;
        /// shorter waits than `shortestJudgedWait` tell nothing.
        static let shortestJudgedWait = 20
        /// Instant failures in a row that mean the input has ended.
        static let instantFailureLimit = 3
        /// The most bytes after ESC taken as one sequence.
        static let longestSequence = 16

        private var pending: [RawInput] = []
        private var instantFailures = 0
        /// True once `.end` was delivered; every later call delivers `.end` again.
        private(set) var ended = false

        /// The next event, waiting at most `timeout` ms (nil or negative: for ever); nil on timeout.
        /// `read(ms)` waits at most `ms` (0: only what is already there) for one input.
        mutating func next(
            timeout: Int?,
            read: (Int) -> RawRead,
            stopRequested: () -> Bool
        ) -> InputEvent? {
            let limit = timeout.flatMap { $0 >= 0 ? $0 : nil }
            var waited = 0
            while !ended {
                if stopRequested() {
                    ended = true
                    break
                }
                let input: RawInput
                if pending.isEmpty {
                    let wait = limit.map { min(Self.slice, max(0, $0 - waited)) } ?? Self.slice
                    let result = read(wait)
                    waited += max(0, result.elapsed)
                    guard let arrived = result.input else {
                        if wait >= Self.shortestJudgedWait, result.elapsed * 2 < wait {
                            instantFailures += 1
                            if instantFailures >= Self.instantFailureLimit {
                                ended = true
                                break
                            }
                        } else {
                            instantFailures = 0
                        }
                        if let limit, waited >= limit { return nil }
                        continue
                    }
                    instantFailures = 0
                    input = arrived
                } else {
                    input = pending.removeFirst()
                }
                switch NcursesTerminal.decode(input) {
                case .key(let key):
                    return .key(key)
                case .resize:
                    return .resize
                case .escapePrefix:
                    if let key = escapeSequence(read) { return .key(key) }
                case .ignored:
                    break
                }
                if let limit, waited >= limit { return nil }
            }
            return .end
        }

        /// What follows an ESC: the Esc key itself (alone, or before a key typed with Alt, which is
        /// kept for the next call), a key from a known sequence, or nil for an unknown sequence.
        private mutating func escapeSequence(_ read: (Int) -> RawRead) -> Key? {
            guard let first = followUp(read) else { return .escape }
            guard case .character(let introducer) = first, introducer == 0x5B || introducer == 0x4F else {
                pending.insert(first, at: 0)
                return .escape
            }
            var tail: [UInt32] = [introducer]
            while tail.count < Self.longestSequence {
                guard let next = followUp(read) else { break }
                guard case .character(let value) = next else {
                    pending.insert(next, at: 0)
                    break
                }
                tail.append(value)
                if (0x40...0x7E).contains(value), tail != [0x5B, 0x5B] {
                    return NcursesTerminal.key(forEscapeSequence: tail)
                }
            }
            // Incomplete: Esc followed by a typed "[" or "O"; hand those over as they came.
            pending.insert(contentsOf: tail.map(RawInput.character), at: 0)
            return .escape
        }

        private mutating func followUp(_ read: (Int) -> RawRead) -> RawInput? {
            pending.isEmpty ? read(0).input : pending.removeFirst()
        }
    }
}
