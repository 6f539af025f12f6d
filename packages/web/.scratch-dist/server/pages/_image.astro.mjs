export { p as page } from '../chunks/node_D1NHCn3_.mjs';
export { renderers } from '../renderers.mjs';
