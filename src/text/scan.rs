//! Byte scans of a line, 32 bytes at a time: the normaliser's tests for the rare bytes that
//! call for work, and the places of separators.

/// True when `bad` holds for some byte of `b`.
///
/// Lines are scanned several times for the rare bytes that call for work; judging whole
/// 32-byte blocks at once costs a few vector instructions a block, where a short-circuiting
/// scan costs several instructions a byte.
#[inline]
pub(crate) fn any_byte(b: &[u8], bad: impl Fn(u8) -> bool) -> bool {
    let (blocks, rest) = b.as_chunks::<32>();
    blocks.iter().any(|block| block_has(block, &bad)) || rest.iter().any(|&x| bad(x))
}

/// True when `bad` holds for some byte of one 32-byte block (branch-free, so it vectorises).
#[inline]
pub(crate) fn block_has(block: &[u8; 32], bad: impl Fn(u8) -> bool) -> bool {
    block_mask(block, bad) != 0
}

/// Whether `x` lies in `lo..=hi`, as one subtraction and one comparison (vectorises).
#[inline]
pub(crate) fn in_range(x: u8, lo: u8, hi: u8) -> bool {
    x.wrapping_sub(lo) <= hi - lo
}

/// Calls `each` with the position of every byte of `b` for which `hit` holds, in order, until
/// `each` returns true; returns whether it did.
///
/// Each 32-byte block is judged at once into a bit mask and the set bits are read off one by
/// one: cheaper than a searcher call per hit when hits are a few bytes apart, as spaces are.
pub(crate) fn find_position(
    b: &[u8],
    hit: impl Fn(u8) -> bool,
    mut each: impl FnMut(usize) -> bool,
) -> bool {
    let (blocks, rest) = b.as_chunks::<32>();
    for (k, block) in blocks.iter().enumerate() {
        let mut m = block_mask(block, &hit);
        while m != 0 {
            if each(k * 32 + m.trailing_zeros() as usize) {
                return true;
            }
            m &= m - 1;
        }
    }
    let tail = blocks.len() * 32;
    rest.iter()
        .enumerate()
        .any(|(i, &x)| hit(x) && each(tail + i))
}

/// Bit `i` set when `hit(block[i])`: the bytes are judged into a flag array (a loop the
/// compiler vectorises) and the flags' high bits gathered by SSE2's movemask, which every
/// x86-64 processor has.
#[inline]
fn block_mask(block: &[u8; 32], hit: impl Fn(u8) -> bool) -> u32 {
    let mut flags = [0u8; 32];
    for (f, &x) in flags.iter_mut().zip(block) {
        *f = 0u8.wrapping_sub(u8::from(hit(x)));
    }
    movemask(&flags)
}

#[cfg(target_arch = "x86_64")]
#[inline]
fn movemask(flags: &[u8; 32]) -> u32 {
    use std::arch::x86_64::{__m128i, _mm_loadu_si128, _mm_movemask_epi8};
    // SAFETY: SSE2 is part of the x86-64 baseline; both loads read 16 bytes inside `flags`.
    unsafe {
        let lo = _mm_movemask_epi8(_mm_loadu_si128(flags.as_ptr().cast::<__m128i>())) as u32;
        let hi = _mm_movemask_epi8(_mm_loadu_si128(flags.as_ptr().add(16).cast::<__m128i>()));
        lo | ((hi as u32) << 16)
    }
}

#[cfg(not(target_arch = "x86_64"))]
#[inline]
fn movemask(flags: &[u8; 32]) -> u32 {
    flags
        .iter()
        .enumerate()
        .fold(0, |m, (i, &f)| m | (u32::from(f >> 7) << i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn block_scans_agree_with_plain_loops(b in proptest::collection::vec(any::<u8>(), 0..200), pick in any::<u8>()) {
            let hit = |x: u8| x == pick || x == b' ';
            let mut seen = Vec::new();
            let stopped = find_position(&b, hit, |i| { seen.push(i); false });
            let expected: Vec<usize> = (0..b.len()).filter(|&i| hit(b[i])).collect();
            prop_assert!(!stopped);
            prop_assert_eq!(seen, expected.clone());
            prop_assert_eq!(any_byte(&b, hit), !expected.is_empty());
            // Stopping at the first hit reports it.
            let mut first = None;
            let found = find_position(&b, hit, |i| { first = Some(i); true });
            prop_assert_eq!(found, !expected.is_empty());
            prop_assert_eq!(first, expected.first().copied());
            prop_assert_eq!(in_range(pick, 0x80, 0xBF), (0x80..=0xBF).contains(&pick));
        }
    }
}
