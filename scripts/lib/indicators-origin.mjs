// PLACEHOLDER: filled in this session (see issue 15). Contract: build(context) → { files: {id: IndicatorFile}, readme: string[] }.
export function buildOriginIndicators({ rawDir, built, geometryIds, existing }) {
  void rawDir; void built; void geometryIds; void existing;
  return { files: {}, readme: [] };
}
