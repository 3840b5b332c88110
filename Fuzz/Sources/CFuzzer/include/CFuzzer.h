#ifndef KARTLEGG_CFUZZER_H
#define KARTLEGG_CFUZZER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (LLVM 11 and later), called from each target's main.swift: SwiftPM renames
/// an executable's `main`, so libFuzzer's own `main` cannot be used.
int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*UserCb)(const uint8_t *Data, size_t Size));

#endif
