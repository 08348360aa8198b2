//! Byte scans of a line, 32 bytes at a time: the normaliser's tests for the rare bytes that
//! call for work, and the places of separators.
//!
//! A line is read as 32-byte [`Block`]s, and a question about its bytes («which are spaces»,
//! «which lie outside Cyrillic and ASCII») is answered for a whole block at once as a bit mask:
//! a few vector instructions a block, where a byte-by-byte loop costs several a byte. The masks
//! are written with SSE2, which every x86-64 processor has; the compiler did not vectorise the
//! same questions asked through a per-byte closure.

/// 32 bytes of a line, ready for whole-block questions.
#[derive(Clone, Copy)]
pub(crate) struct Block {
    bytes: [u8; 32],
}

impl Block {
    /// Bit `i` set when byte `i` is `x`.
    #[inline]
    pub(crate) fn eq(&self, x: u8) -> u32 {
        simd::eq(&self.bytes, x)
    }

    /// Bit `i` set when byte `i` lies in `lo..=hi`.
    #[inline]
    pub(crate) fn in_range(&self, lo: u8, hi: u8) -> u32 {
        simd::in_range(&self.bytes, lo, hi)
    }
}

/// Calls `f` with each 32-byte block of `b`, its offset and the mask of the bytes it is asked
/// about, until `f` returns true; returns whether it did. Bit `i` of a block's masks is byte
/// `at + i` of `b`.
///
/// A line's last few dozen bytes are a good part of it, so its last, shorter stretch is judged
/// as a whole block too: the 32 bytes that end the line, of which `valid` marks the new ones
/// (the others were asked about in the block before), or for a line shorter than a block, the
/// line in a zeroed block with its padding masked off.
#[inline]
pub(crate) fn any_block(b: &[u8], mut f: impl FnMut(usize, &Block, u32) -> bool) -> bool {
    let (blocks, rest) = b.as_chunks::<32>();
    if blocks
        .iter()
        .enumerate()
        .any(|(k, &bytes)| f(k * 32, &Block { bytes }, u32::MAX))
    {
        return true;
    }
    if rest.is_empty() {
        return false;
    }
    if let Some(at) = b.len().checked_sub(32) {
        let mut bytes = [0u8; 32];
        bytes.copy_from_slice(&b[at..]);
        return f(at, &Block { bytes }, u32::MAX << (32 - rest.len()));
    }
    let mut bytes = [0u8; 32];
    bytes[..rest.len()].copy_from_slice(rest);
    f(0, &Block { bytes }, (1u32 << rest.len()) - 1)
}

/// Whether `x` lies in `lo..=hi`, as one subtraction and one comparison: the byte-by-byte
/// form of [`Block::in_range`].
#[cfg(any(test, not(target_arch = "x86_64")))]
#[inline]
pub(crate) fn in_range(x: u8, lo: u8, hi: u8) -> bool {
    x.wrapping_sub(lo) <= hi - lo
}

/// Calls `each` with the position of every byte of `b` whose bit `hit` sets in its block's
/// mask, in order, until `each` returns true; returns whether it did. `hit` is given the
/// block's offset too, for a question that reads the byte after the block.
///
/// The set bits are read off one by one: cheaper than a searcher call per hit when hits are a
/// few bytes apart, as spaces are.
#[inline]
pub(crate) fn find_position(
    b: &[u8],
    hit: impl Fn(usize, &Block) -> u32,
    mut each: impl FnMut(usize) -> bool,
) -> bool {
    any_block(b, |at, block, valid| {
        let mut m = hit(at, block) & valid;
        while m != 0 {
            if each(at + m.trailing_zeros() as usize) {
                return true;
            }
            m &= m - 1;
        }
        false
    })
}

#[cfg(target_arch = "x86_64")]
mod simd {
    use std::arch::x86_64::{
        __m128i, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_min_epu8, _mm_movemask_epi8, _mm_set1_epi8,
        _mm_sub_epi8,
    };

    /// The two halves of a block as SSE2 registers.
    #[inline]
    fn halves(bytes: &[u8; 32]) -> [__m128i; 2] {
        // SAFETY: SSE2 is part of the x86-64 baseline; both loads read 16 bytes inside `bytes`.
        unsafe {
            [
                _mm_loadu_si128(bytes.as_ptr().cast::<__m128i>()),
                _mm_loadu_si128(bytes.as_ptr().add(16).cast::<__m128i>()),
            ]
        }
    }

    /// The high bit of each byte of the two halves, as one mask.
    #[inline]
    fn movemask([lo, hi]: [__m128i; 2]) -> u32 {
        // SAFETY: SSE2 is part of the x86-64 baseline.
        unsafe { (_mm_movemask_epi8(lo) as u32 & 0xFFFF) | ((_mm_movemask_epi8(hi) as u32) << 16) }
    }

    #[inline]
    pub(super) fn eq(bytes: &[u8; 32], x: u8) -> u32 {
        // SAFETY: SSE2 is part of the x86-64 baseline.
        unsafe {
            let x = _mm_set1_epi8(x as i8);
            movemask(halves(bytes).map(|h| _mm_cmpeq_epi8(h, x)))
        }
    }

    #[inline]
    pub(super) fn in_range(bytes: &[u8; 32], lo: u8, hi: u8) -> u32 {
        // `x - lo <= hi - lo` unsigned: the minimum of the two is the left side exactly then.
        // SAFETY: SSE2 is part of the x86-64 baseline.
        unsafe {
            let (lo, width) = (_mm_set1_epi8(lo as i8), _mm_set1_epi8((hi - lo) as i8));
            movemask(halves(bytes).map(|h| {
                let d = _mm_sub_epi8(h, lo);
                _mm_cmpeq_epi8(_mm_min_epu8(d, width), d)
            }))
        }
    }
}

#[cfg(not(target_arch = "x86_64"))]
mod simd {
    #[inline]
    fn mask(bytes: &[u8; 32], hit: impl Fn(u8) -> bool) -> u32 {
        bytes
            .iter()
            .enumerate()
            .fold(0, |m, (i, &x)| m | (u32::from(hit(x)) << i))
    }

    #[inline]
    pub(super) fn eq(bytes: &[u8; 32], x: u8) -> u32 {
        mask(bytes, |y| y == x)
    }

    #[inline]
    pub(super) fn in_range(bytes: &[u8; 32], lo: u8, hi: u8) -> u32 {
        mask(bytes, |y| super::in_range(y, lo, hi))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn block_scans_agree_with_plain_loops(
            b in proptest::collection::vec(any::<u8>(), 0..200),
            pick in any::<u8>(),
            lo in any::<u8>(),
            width in any::<u8>(),
        ) {
            let hi = lo.saturating_add(width);
            let hit = |x: u8| x == pick || x == b' ' || in_range(x, lo, hi);
            let mask = |_, blk: &Block| blk.eq(pick) | blk.eq(b' ') | blk.in_range(lo, hi);
            let mut seen = Vec::new();
            let stopped = find_position(&b, mask, |i| { seen.push(i); false });
            let expected: Vec<usize> = (0..b.len()).filter(|&i| hit(b[i])).collect();
            prop_assert!(!stopped);
            prop_assert_eq!(seen, expected.clone());
            prop_assert_eq!(any_block(&b, |at, blk, valid| mask(at, blk) & valid != 0), !expected.is_empty());
            // Stopping at the first hit reports it.
            let mut first = None;
            let found = find_position(&b, mask, |i| { first = Some(i); true });
            prop_assert_eq!(found, !expected.is_empty());
            prop_assert_eq!(first, expected.first().copied());
            prop_assert_eq!(in_range(pick, lo, hi), (lo..=hi).contains(&pick));
        }
    }
}
