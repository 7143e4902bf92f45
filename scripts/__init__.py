"""The sessions-clients workflow: overlays, regeneration, drift guard, mock server, release helpers.

Layers and import directions (lower never imports higher):

    errors, yamlio  <-  overlay  <-  manifest, sources  <-  regenerate, lock, drift, typecheck
        <-  mock, contract, release, bench  <-  noxfile
"""
