import { Center, Loader } from '@mantine/core';

/** A small spinner in place of a block that is still loading. */
export function LoadingBlock() {
  return (
    <Center py="xl">
      <Loader size="sm" aria-label="Loading" />
    </Center>
  );
}
