/** `virtual:catalog/<lang>` or `virtual:catalog/<lang>:<bundle>` (scripts/catalog.ts). */
declare module 'virtual:catalog/*' {
  const catalog: import('../lib/i18n/translate').Catalog;
  export default catalog;
}
