// iconv-lite's generated single-byte code tables (a CommonJS data module without types).
declare module 'iconv-lite/encodings/sbcs-data-generated.js' {
  const tables: Record<string, string | { type: string; chars: string }>;
  export default tables;
}
