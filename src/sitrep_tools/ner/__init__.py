"""Training and experiments of the ``entities.v1`` CRF taggers (build time only).

- :mod:`.train`: train the shipped models (``src/sitrep/models/ner-*.crfsuite``) and their manifest;
- :mod:`.tune`: score a recipe on tune slices of the training part;
- :mod:`.augment`: mention-replaced copies of gold sentences;
- :mod:`.silver`: natasha's tags of unlabelled Russian news as silver training data;
- :mod:`.selftrain`: the self-training trial (not used by any shipped model);
- :mod:`.build_lexicon`: rebuild the word tables used as features.

Gold readers live in :mod:`sitrep.eval.ner_corpora`, features in
:mod:`sitrep.components.entities.features`, so training and tagging compute the same features.
"""
