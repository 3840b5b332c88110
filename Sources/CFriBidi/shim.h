#ifndef KARTLEGG_CFRIBIDI_SHIM_H
#define KARTLEGG_CFRIBIDI_SHIM_H

#include <stddef.h>
#include <stdint.h>
#include <fribidi.h>

/* The bidi classes kartlegg needs, so Swift sees no FriBidi macros:
   1 strong left to right (L), 2 strong right to left (R, AL), 3 number (EN, AN), 0 other. */
static inline int kartlegg_fribidi_class(uint32_t scalar) {
  FriBidiCharType type = fribidi_get_bidi_type((FriBidiChar)scalar);
  if (type == FRIBIDI_TYPE_LTR) return 1;
  if (type == FRIBIDI_TYPE_RTL || type == FRIBIDI_TYPE_AL) return 2;
  if (FRIBIDI_IS_NUMBER(type)) return 3;
  return 0;
}

/* One line in visual order (left to right on the screen) by the Unicode Bidirectional
   Algorithm, paragraph direction left to right, with mirroring and Arabic joining (shaping to
   presentation forms). `visual` has room for `length` scalars. Returns 0 on failure. */
static inline int kartlegg_fribidi_visual(const uint32_t *logical, int length, uint32_t *visual) {
  FriBidiParType base = FRIBIDI_PAR_LTR;
  return fribidi_log2vis((const FriBidiChar *)logical, (FriBidiStrIndex)length, &base,
                         (FriBidiChar *)visual, NULL, NULL, NULL) != 0;
}

#endif
