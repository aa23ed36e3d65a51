//! Runs a range of Monte Carlo runs on the widest instruction set the processor offers.
//!
//! The engine is plain Rust. On x86-64 it is compiled three times: for the baseline every
//! x86-64 processor has (SSE2), for x86-64-v3 (AVX2) and for x86-64-v4 (AVX-512, whose mask
//! registers turn a row of comparisons into a met-mask in one instruction); the processor's
//! features pick one at run time, as the `chacha20` generator already does for itself. Every
//! copy gives the same bits: Rust never fuses a multiply and an add on its own, and a vector
//! lane does the same IEEE operation as its scalar twin. A test runs every copy the machine
//! supports and compares the results bit for bit. Other targets (wasm) have one copy.

use super::prepare::Prepared;
use super::record::Recorder;
use super::run::{run_one, Workspace};
use std::ops::Range;

/// An instruction set the engine is compiled for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Isa {
    Baseline,
    #[cfg(target_arch = "x86_64")]
    X86V3,
    #[cfg(target_arch = "x86_64")]
    X86V4,
}

impl Isa {
    /// Every instruction set this processor supports, widest first.
    pub fn supported() -> Vec<Isa> {
        let all = [
            #[cfg(target_arch = "x86_64")]
            Isa::X86V4,
            #[cfg(target_arch = "x86_64")]
            Isa::X86V3,
            Isa::Baseline,
        ];
        all.into_iter().filter(|isa| isa.is_supported()).collect()
    }

    /// The widest instruction set this processor supports.
    pub fn widest() -> Isa {
        Isa::supported()[0]
    }

    fn is_supported(self) -> bool {
        match self {
            Isa::Baseline => true,
            #[cfg(target_arch = "x86_64")]
            Isa::X86V3 => {
                use std::arch::is_x86_feature_detected as has;
                has!("avx2")
                    && has!("fma")
                    && has!("bmi1")
                    && has!("bmi2")
                    && has!("lzcnt")
                    && has!("popcnt")
            }
            #[cfg(target_arch = "x86_64")]
            Isa::X86V4 => {
                use std::arch::is_x86_feature_detected as has;
                Isa::X86V3.is_supported()
                    && has!("avx512f")
                    && has!("avx512bw")
                    && has!("avx512cd")
                    && has!("avx512dq")
                    && has!("avx512vl")
            }
        }
    }
}

/// Runs `runs` with the engine compiled for `isa` (the baseline if the processor lacks it).
pub(crate) fn run_range(
    isa: Isa,
    p: &Prepared,
    ws: &mut Workspace,
    rec: &mut Recorder,
    runs: Range<u32>,
) {
    match isa {
        #[cfg(target_arch = "x86_64")]
        // SAFETY: the processor has every feature `x86_v4` is compiled with (checked here).
        Isa::X86V4 if isa.is_supported() => unsafe { x86_v4(p, ws, rec, runs) },
        #[cfg(target_arch = "x86_64")]
        // SAFETY: as above, for `x86_v3`.
        Isa::X86V3 if isa.is_supported() => unsafe { x86_v3(p, ws, rec, runs) },
        _ => runs_loop(p, ws, rec, runs),
    }
}

/// The loop every copy shares; `inline(always)` (and on the engine's functions below it) so
/// that each copy is compiled with its own instruction set.
#[inline(always)]
fn runs_loop(p: &Prepared, ws: &mut Workspace, rec: &mut Recorder, runs: Range<u32>) {
    for r in runs {
        run_one(p, r, ws, rec);
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma,bmi1,bmi2,lzcnt,popcnt")]
fn x86_v3(p: &Prepared, ws: &mut Workspace, rec: &mut Recorder, runs: Range<u32>) {
    runs_loop(p, ws, rec, runs);
}

#[cfg(target_arch = "x86_64")]
#[target_feature(
    enable = "avx2,fma,bmi1,bmi2,lzcnt,popcnt,avx512f,avx512bw,avx512cd,avx512dq,avx512vl"
)]
fn x86_v4(p: &Prepared, ws: &mut Workspace, rec: &mut Recorder, runs: Range<u32>) {
    runs_loop(p, ws, rec, runs);
}
