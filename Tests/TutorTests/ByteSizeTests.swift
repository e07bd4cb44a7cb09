import Testing
import Tutor

/// Sizes written as Keras 3's summary writes them: the bytes divided by 1,024 while the result is at
/// least 1,024 (up to PB), then `{:.2f}`, which rounds the exact quotient to the nearest, ties to even.
@Suite("sizes in bytes, as Keras writes them")
struct ByteSizeTests {
    @Test("the seed model's 48,690 parameters: 194,760 bytes in float32 are 190.20 KB, 97,380 in float16 95.10 KB")
    func seed() {
        #expect(ByteSize.readable(48_690 * 4) == "190.20 KB")
        #expect(ByteSize.readable(48_690 * 2) == "95.10 KB")
    }

    @Test("VGG16's 553,430,176 bytes are 527.79 MB (527.792… in units of 1,024²)")
    func vgg16() {
        #expect(ByteSize.readable(553_430_176) == "527.79 MB")
    }

    @Test("units change at 1,024, not 1,000", arguments: [
        (0, "0.00 B"), (1, "1.00 B"), (1_000, "1000.00 B"), (1_023, "1023.00 B"), (1_024, "1.00 KB"),
        (1_536, "1.50 KB"), (1 << 20, "1.00 MB"), (1 << 30, "1.00 GB"), (1 << 40, "1.00 TB"), (1 << 50, "1.00 PB"),
        (1 << 60, "1024.00 PB"),
    ])
    func units(bytes: Int, text: String) {
        #expect(ByteSize.readable(bytes) == text)
    }

    @Test("two decimals, rounded to the nearest and to even on an exact tie, as Python's format does", arguments: [
        (1_152, "1.12 KB"), // 1.125 exactly: down to the even 2
        (1_408, "1.38 KB"), // 1.375 exactly: up to the even 8
        (1_034, "1.01 KB"), // 1.009765625
        (1_048_575, "1024.00 KB"), // 1023.999…: the unit is chosen before rounding, as Keras chooses it
        (Int.max, "8192.00 PB"),
    ])
    func rounding(bytes: Int, text: String) {
        #expect(ByteSize.readable(bytes) == text)
    }
}
