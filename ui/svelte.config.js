// Svelte 5 compiles `<script lang="ts">` type annotations itself; no preprocessor is needed.
export default {
  compilerOptions: {
    runes: true,
  },
};
