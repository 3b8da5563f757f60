#!/usr/bin/env python3
"""Trains the entity service's neural NER tagger (BiLSTM-CNN-CRF) on CoNLL-2003 and exports it to ONNX.

The model (see README.md beside this file):
  word      = frozen 50-d vector of the lower-cased word (CoreNLP's coreference embeddings, from the shared
              lexicon) + a trainable correction for words of the shared vocabulary (zero elsewhere)
            ++ trainable embedding of the word's distributional-similarity cluster (the 512 egw4-reut
              clusters serialised in CoreNLP's CoNLL CRF model)
            ++ trainable embedding of the word's casing class
            ++ character CNN (max over the first 20 characters)
  BiLSTM over the sentence (the backward pass runs on each sentence reversed within its own length, so
  padding never reaches a real token), a linear layer to BIOES emission scores, and a linear-chain CRF
  whose transitions forbid impossible BIOES sequences.

The ONNX model takes vectors, clusters, words, casing, chars and lengths and returns emissions plus the
CRF's transition, start and end scores; the entity service (OnnxTagger.java) does the same feature
look-ups and decodes with Viterbi (an ensemble averages the models' scores first).

  python train_tagger.py lexicon  --jar-classpath CP --out DIR          # lexicon.tsv.gz from the jar
  python train_tagger.py train    --seed 11 --out DIR [--with-dev]       # one model, tagger-SEED.onnx
  python train_tagger.py evaluate DIR/a.onnx DIR/b.onnx ...              # dev F1 of a (averaged) ensemble
  python train_tagger.py fixture --out JSON DIR/a.onnx ...               # expected output for NeuralTaggerTest
"""

import argparse
import gzip
import json
import math
import os
import random
import re
import subprocess
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'shared', 'data', 'ner'))
TRAIN = os.path.join(DATA, 'conll2003-eng.train.bioes')
DEV = os.path.join(DATA, 'conll2003-eng.testa.bioes')

TYPES = ['PER', 'ORG', 'LOC', 'MISC']
TAGS = ['O'] + [p + '-' + t for t in TYPES for p in 'BIES']
TAG_INDEX = {t: i for i, t in enumerate(TAGS)}
VECTOR_DIMS = 50
CHAR_WIDTH = 20
CHAR_VOCAB = 100
CASING_CLASSES = 10
CLUSTERS = 513  # 0 = none, 1..512 = cluster + 1
IMPOSSIBLE = -10000.0


# ---------------------------------------------------------------- features (mirrored in OnnxTagger.java)

def casing(word):
    letters = [c for c in word if c.isalpha()]
    digits = sum(c.isdigit() for c in word)
    if not word:
        return 0
    if digits == len(word):
        return 6
    if digits > 0:
        return 7
    if not letters:
        return 8
    upper = sum(c.isupper() for c in letters)
    if upper == 0:
        return 1
    if upper == len(letters):
        return 4 if len(letters) == 1 else 3
    if word[0].isupper() and upper == 1:
        return 2
    return 5


def char_ids(word):
    ids = []
    for c in word[:CHAR_WIDTH]:
        cp = ord(c)
        if 32 < cp < 127:
            ids.append(cp - 31)          # 2..95
        elif c.isalpha():
            ids.append(96 if c.isupper() else 97)
        elif c.isdigit():
            ids.append(98)
        else:
            ids.append(1)
    return ids + [0] * (CHAR_WIDTH - len(ids))


DIGIT = re.compile(r'\d')


class Lexicon:
    """word -> (vector, cluster) from lexicon.tsv.gz; words -> correction index from vocabulary.txt."""

    def __init__(self, lexicon_path, vocabulary_path=None):
        self.vectors = {}
        self.clusters = {}
        with gzip.open(lexicon_path, 'rt', encoding='utf-8') as f:
            for line in f:
                parts = line.rstrip('\n').split('\t')
                if parts[1] != '-1':
                    self.clusters[parts[0]] = int(parts[1]) + 1
                if len(parts) > 2:
                    self.vectors[parts[0]] = np.array(parts[2].split(' '), dtype=np.float32)
        self.vocabulary = {}
        if vocabulary_path:
            with open(vocabulary_path, encoding='utf-8') as f:
                for i, w in enumerate(f.read().split('\n')):
                    if w:
                        self.vocabulary[w] = i + 1

    def vector(self, lower):
        v = self.vectors.get(lower)
        if v is None:
            v = self.vectors.get(DIGIT.sub('0', lower))
        return v

    def cluster(self, lower):
        c = self.clusters.get(lower)
        if c is None:
            c = self.clusters.get(DIGIT.sub('#', lower), 0)
        return c

    def word_id(self, lower):
        return self.vocabulary.get(DIGIT.sub('0', lower), 0)


def read_conll(path):
    sentences, words, tags = [], [], []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip():
                if words:
                    sentences.append((words, tags))
                words, tags = [], []
                continue
            word, tag = line.split(' ')[0], line.split(' ')[-1]
            if word == '-DOCSTART-':
                continue
            words.append(word)
            tags.append(tag)
    if words:
        sentences.append((words, tags))
    return sentences


def featurise(sentences, lexicon):
    out = []
    zero = np.zeros(VECTOR_DIMS, dtype=np.float32)
    for words, tags in sentences:
        lowers = [w.lower() for w in words]
        vecs = []
        for lw in lowers:
            v = lexicon.vector(lw)
            vecs.append(zero if v is None else v)
        out.append({
            'vectors': np.stack(vecs),
            'clusters': np.array([lexicon.cluster(lw) for lw in lowers], dtype=np.int64),
            'words': np.array([lexicon.word_id(lw) for lw in lowers], dtype=np.int64),
            'casing': np.array([casing(w) for w in words], dtype=np.int64),
            'chars': np.array([char_ids(w) for w in words], dtype=np.int64),
            'tags': np.array([TAG_INDEX[t] for t in tags], dtype=np.int64),
        })
    return out


def batch(items):
    n, t = len(items), max(len(i['tags']) for i in items)
    b = {
        'vectors': np.zeros((n, t, VECTOR_DIMS), dtype=np.float32),
        'clusters': np.zeros((n, t), dtype=np.int64),
        'words': np.zeros((n, t), dtype=np.int64),
        'casing': np.zeros((n, t), dtype=np.int64),
        'chars': np.zeros((n, t, CHAR_WIDTH), dtype=np.int64),
        'lengths': np.array([len(i['tags']) for i in items], dtype=np.int64),
        'tags': np.zeros((n, t), dtype=np.int64),
    }
    for k, item in enumerate(items):
        m = len(item['tags'])
        for key in ('vectors', 'clusters', 'words', 'casing', 'chars', 'tags'):
            b[key][k, :m] = item[key]
    return b


def allowed(prev, nxt):
    """BIOES: may tag nxt follow tag prev? (prev None: sentence start; nxt None: sentence end)."""
    pp, pt = (None, None) if prev is None else (prev[0], prev[2:])
    np_, nt = (None, None) if nxt is None else (nxt[0], nxt[2:])
    if prev is None:
        return np_ in ('O', 'B', 'S')
    if nxt is None:
        return pp in ('O', 'E', 'S')
    if pp in ('B', 'I'):
        return np_ in ('I', 'E') and nt == pt
    return np_ in ('O', 'B', 'S')


def spans(tags):
    """Entity spans (start, end, type) from BIOES tags, read leniently as the service reads them."""
    out, start, typ = [], None, None
    for i, tag in enumerate(list(tags) + ['O']):
        p, t = tag[0], tag[2:]
        if start is not None and (p in ('O', 'B', 'S') or t != typ):
            out.append((start, i, typ))
            start = None
        if p in ('B', 'S') or (p in ('I', 'E') and start is None):
            start, typ = i, t
        if p in ('E', 'S') and start is not None:
            out.append((start, i + 1, typ))
            start = None
    return out


def f1_report(gold_sentences, predicted):
    counts = {t: [0, 0, 0] for t in TYPES}  # correct, predicted, gold
    for (words, gold), pred in zip(gold_sentences, predicted):
        g, p = set(spans(gold)), set(spans(pred))
        for s in g:
            counts[s[2]][2] += 1
        for s in p:
            counts[s[2]][1] += 1
            if s in g:
                counts[s[2]][0] += 1
    def f(c, p, g):
        pr = c / p if p else 0.0
        rc = c / g if g else 0.0
        return 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    total = [sum(v[i] for v in counts.values()) for i in range(3)]
    report = {t: round(f(*counts[t]), 4) for t in TYPES}
    report['all'] = round(f(*total), 4)
    return report


def viterbi(emissions, transitions, start, end):
    n = emissions.shape[0]
    score = start + emissions[0]
    back = np.zeros((n, len(TAGS)), dtype=np.int64)
    for i in range(1, n):
        cand = score[:, None] + transitions
        back[i] = cand.argmax(0)
        score = cand.max(0) + emissions[i]
    score = score + end
    best = [int(score.argmax())]
    for i in range(n - 1, 0, -1):
        best.append(int(back[i][best[-1]]))
    return [TAGS[k] for k in reversed(best)]


# ---------------------------------------------------------------- model

def build_model(vocabulary_size, hidden, torch):
    nn = torch.nn

    class Tagger(nn.Module):
        def __init__(self):
            super().__init__()
            self.correction = nn.Embedding(vocabulary_size + 1, VECTOR_DIMS, padding_idx=0)
            nn.init.zeros_(self.correction.weight)
            self.cluster = nn.Embedding(CLUSTERS, 20, padding_idx=0)
            self.casing = nn.Embedding(CASING_CLASSES, 10, padding_idx=0)
            self.char = nn.Embedding(CHAR_VOCAB, 25, padding_idx=0)
            self.char_cnn = nn.Conv1d(25, 50, kernel_size=3, padding=1)
            size = VECTOR_DIMS + 20 + 10 + 50
            self.dropout = nn.Dropout(0.5)
            self.forward_lstm = nn.LSTM(size, hidden, batch_first=True)
            self.backward_lstm = nn.LSTM(size, hidden, batch_first=True)
            self.out = nn.Linear(2 * hidden, len(TAGS))
            self.transitions = nn.Parameter(torch.zeros(len(TAGS), len(TAGS)))
            self.start = nn.Parameter(torch.zeros(len(TAGS)))
            self.end = nn.Parameter(torch.zeros(len(TAGS)))
            mask = torch.tensor([[0.0 if allowed(a, b) else IMPOSSIBLE for b in TAGS] for a in TAGS])
            self.register_buffer('transition_mask', mask)
            self.register_buffer('start_mask', torch.tensor([0.0 if allowed(None, b) else IMPOSSIBLE for b in TAGS]))
            self.register_buffer('end_mask', torch.tensor([0.0 if allowed(a, None) else IMPOSSIBLE for a in TAGS]))

        def emissions(self, vectors, clusters, words, casing, chars, lengths):
            b, t = clusters.shape
            word = vectors + self.correction(words)
            c = self.char(chars.reshape(b * t, CHAR_WIDTH)).transpose(1, 2)
            c = self.char_cnn(c).max(dim=2).values.reshape(b, t, 50)
            x = torch.cat([word, self.cluster(clusters), self.casing(casing), c], dim=2)
            x = self.dropout(x)
            positions = torch.arange(t).unsqueeze(0).expand(b, t)
            last = (lengths - 1).unsqueeze(1)
            reverse = torch.where(positions <= last, last - positions, positions)
            index = reverse.unsqueeze(2).expand(b, t, x.shape[2])
            fwd, _ = self.forward_lstm(x)
            bwd, _ = self.backward_lstm(torch.gather(x, 1, index))
            bwd = torch.gather(bwd, 1, reverse.unsqueeze(2).expand(b, t, bwd.shape[2]))
            h = self.dropout(torch.cat([fwd, bwd], dim=2))
            return self.out(h)

        def crf(self):
            return (self.transitions + self.transition_mask, self.start + self.start_mask, self.end + self.end_mask)

        def forward(self, vectors, clusters, words, casing, chars, lengths):
            trans, start, end = self.crf()
            return self.emissions(vectors, clusters, words, casing, chars, lengths), trans, start, end

        def loss(self, emissions, tags, lengths):
            trans, start, end = self.crf()
            b, t, k = emissions.shape
            mask = (torch.arange(t).unsqueeze(0) < lengths.unsqueeze(1)).float()
            # gold path score
            gold = start[tags[:, 0]] + emissions[:, 0].gather(1, tags[:, :1]).squeeze(1)
            for i in range(1, t):
                step = trans[tags[:, i - 1], tags[:, i]] + emissions[:, i].gather(1, tags[:, i:i + 1]).squeeze(1)
                gold = gold + step * mask[:, i]
            last_tags = tags.gather(1, (lengths - 1).unsqueeze(1)).squeeze(1)
            gold = gold + end[last_tags]
            # partition function
            alpha = start.unsqueeze(0) + emissions[:, 0]
            for i in range(1, t):
                nxt = torch.logsumexp(alpha.unsqueeze(2) + trans.unsqueeze(0), dim=1) + emissions[:, i]
                m = mask[:, i].unsqueeze(1)
                alpha = nxt * m + alpha * (1 - m)
            log_z = torch.logsumexp(alpha + end.unsqueeze(0), dim=1)
            return (log_z - gold).sum()

    return Tagger()


def tensors(b, torch):
    return [torch.from_numpy(b[k]) for k in ('vectors', 'clusters', 'words', 'casing', 'chars', 'lengths')]


def predict_torch(model, data, torch, size=64):
    model.eval()
    emissions = []
    with torch.no_grad():
        for i in range(0, len(data), size):
            items = data[i:i + size]
            e, trans, start, end = model(*tensors(batch(items), torch))
            for k, item in enumerate(items):
                emissions.append(e[k, :len(item['tags'])].numpy())
    return emissions, (trans.numpy(), start.numpy(), end.numpy())


def predict_onnx(path, data, size=64):
    import onnxruntime
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    session = onnxruntime.InferenceSession(path, options, providers=['CPUExecutionProvider'])
    emissions = []
    crf = None
    for i in range(0, len(data), size):
        items = data[i:i + size]
        b = batch(items)
        feeds = {k: b[k] for k in ('vectors', 'clusters', 'words', 'casing', 'chars', 'lengths')}
        e, trans, start, end = session.run(None, feeds)
        crf = (trans, start, end)
        for k, item in enumerate(items):
            emissions.append(e[k, :len(item['tags'])])
    return emissions, crf


def decode(emission_sets, crfs):
    """Averages the models' scores (emissions and CRF) and decodes each sentence with Viterbi."""
    trans = sum(c[0] for c in crfs) / len(crfs)
    start = sum(c[1] for c in crfs) / len(crfs)
    end = sum(c[2] for c in crfs) / len(crfs)
    out = []
    for i in range(len(emission_sets[0])):
        e = sum(es[i] for es in emission_sets) / len(emission_sets)
        out.append(viterbi(e, trans, start, end))
    return out


# ---------------------------------------------------------------- commands

def cmd_lexicon(args):
    """Runs ExtractLexicon.java over the CoreNLP jars and writes the shared vocabulary of corrections."""
    os.makedirs(args.out, exist_ok=True)
    lexicon = os.path.join(args.out, 'lexicon.tsv.gz')
    subprocess.run(['java', '-Xmx4g', '-cp', args.jar_classpath, os.path.join(HERE, 'ExtractLexicon.java'), lexicon],
                   check=True)
    counts = {}
    for path in (TRAIN, DEV):
        for words, _ in read_conll(path):
            for w in words:
                key = DIGIT.sub('0', w.lower())
                counts[key] = counts.get(key, 0) + 1
    # words seen at least twice in train+dev get a trainable correction; a model trained on the training
    # set alone never sees the development-only ones, whose corrections stay zero.
    vocabulary = sorted(w for w, c in counts.items() if c >= args.min_count)
    with open(os.path.join(args.out, 'vocabulary.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(vocabulary) + '\n')
    print('vocabulary', len(vocabulary))


def cmd_train(args):
    import torch
    torch.set_num_threads(1)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    lexicon = Lexicon(os.path.join(args.out, 'lexicon.tsv.gz'), os.path.join(args.out, 'vocabulary.txt'))
    train_sentences = read_conll(TRAIN)
    dev_sentences = read_conll(DEV)
    fit = train_sentences + (dev_sentences if args.with_dev else [])
    train = featurise(fit, lexicon)
    dev = featurise(dev_sentences, lexicon)
    model = build_model(len(lexicon.vocabulary), args.hidden, torch)
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    steps_per_epoch = math.ceil(len(train) / args.batch)
    total = steps_per_epoch * args.epochs
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: max(0.05, 1.0 - s / total))
    name = 'tagger-%s%d' % ('full-' if args.with_dev else 'train-', args.seed)
    log = {'seed': args.seed, 'with_dev': args.with_dev, 'epochs': []}
    for epoch in range(args.epochs):
        began = time.time()
        model.train()
        order = list(range(len(train)))
        random.shuffle(order)
        # batches of similar length: sort chunks of 50 batches by length
        chunk = args.batch * 50
        batches = []
        for i in range(0, len(order), chunk):
            part = sorted(order[i:i + chunk], key=lambda k: len(train[k]['tags']))
            batches += [part[j:j + args.batch] for j in range(0, len(part), args.batch)]
        random.shuffle(batches)
        total_loss = 0.0
        for idx in batches:
            items = [train[k] for k in idx]
            b = batch(items)
            words = torch.from_numpy(b['words'])
            # word dropout: the correction is sometimes withheld, as for a word never seen
            words = words * (torch.rand(words.shape) >= args.word_dropout).long()
            inputs = tensors(b, torch)
            inputs[2] = words
            e = model.emissions(*inputs)
            loss = model.loss(e, torch.from_numpy(b['tags']), torch.from_numpy(b['lengths']))
            optimizer.zero_grad()
            (loss / len(items)).backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimizer.step()
            scheduler.step()
            total_loss += loss.item()
        emissions, crf = predict_torch(model, dev, torch)
        report = f1_report(dev_sentences, decode([emissions], [crf]))
        entry = {'epoch': epoch + 1, 'loss': round(total_loss / len(train), 4), 'seconds': round(time.time() - began, 1),
                 'dev': report}
        log['epochs'].append(entry)
        print(json.dumps(entry), flush=True)
    model.eval()
    onnx_path = os.path.join(args.out, name + '.onnx')
    sample = batch(dev[:3])
    torch.onnx.export(model, tuple(tensors(sample, torch)), onnx_path,
                      input_names=['vectors', 'clusters', 'words', 'casing', 'chars', 'lengths'],
                      output_names=['emissions', 'transitions', 'start', 'end'],
                      dynamic_axes={'vectors': {0: 'batch', 1: 'time'}, 'clusters': {0: 'batch', 1: 'time'},
                                    'words': {0: 'batch', 1: 'time'}, 'casing': {0: 'batch', 1: 'time'},
                                    'chars': {0: 'batch', 1: 'time'}, 'lengths': {0: 'batch'},
                                    'emissions': {0: 'batch', 1: 'time'}},
                      opset_version=17, dynamo=False)
    # the exported model must tag the development set exactly as PyTorch does
    torch_emissions, torch_crf = predict_torch(model, dev, torch)
    onnx_emissions, onnx_crf = predict_onnx(onnx_path, dev)
    torch_tags = decode([torch_emissions], [torch_crf])
    onnx_tags = decode([onnx_emissions], [onnx_crf])
    same = sum(a == b for a, b in zip(torch_tags, onnx_tags))
    diff = max(float(np.abs(a - b).max()) for a, b in zip(torch_emissions, onnx_emissions))
    log['onnx_check'] = {'sentences_identical': same, 'sentences': len(dev), 'max_emission_difference': diff}
    print(json.dumps(log['onnx_check']), flush=True)
    with open(os.path.join(args.out, name + '.json'), 'w') as f:
        json.dump(log, f, indent=1)
    if same != len(dev):
        sys.exit('ONNX tags differ from PyTorch tags')


def cmd_evaluate(args):
    lexicon = Lexicon(os.path.join(os.path.dirname(args.models[0]), 'lexicon.tsv.gz'),
                      os.path.join(os.path.dirname(args.models[0]), 'vocabulary.txt'))
    dev_sentences = read_conll(DEV)
    dev = featurise(dev_sentences, lexicon)
    runs = [predict_onnx(m, dev) for m in args.models]
    for m, r in zip(args.models, runs):
        print(os.path.basename(m), json.dumps(f1_report(dev_sentences, decode([r[0]], [r[1]]))))
    print('ensemble', json.dumps(f1_report(dev_sentences, decode([r[0] for r in runs], [r[1] for r in runs]))))


# Sentences written for the Java cross-check (not from the CoNLL data): casing, digits, accents, long words.
FIXTURE = [
    'Russian President Vladimir Putin met Kim Jong Un in Vladivostok on Tuesday .',
    'SOCCER - MANCHESTER UNITED BEAT JUVENTUS 2-1 IN TURIN',
    'The New York Times said Zoë Müller-Lüdenscheid , 42 , left Siemens AG in 1998 .',
    'shares in deutsche bank fell 3.5 percent to 101.25 euros',
    'Antidisestablishmentarianism-based groups met at the U.N. headquarters',
    'He said : " We will win . "',
]


def cmd_fixture(args):
    """Writes the averaged emissions and Viterbi tags of the FIXTURE sentences for NeuralTaggerTest."""
    folder = os.path.dirname(args.models[0])
    lexicon = Lexicon(os.path.join(folder, 'lexicon.tsv.gz'), os.path.join(folder, 'vocabulary.txt'))
    sentences = [(s.split(' '), ['O'] * len(s.split(' '))) for s in FIXTURE]
    data = featurise(sentences, lexicon)
    runs = [predict_onnx(m, data) for m in args.models]
    tags = decode([r[0] for r in runs], [r[1] for r in runs])
    out = []
    for i, (words, _) in enumerate(sentences):
        e = sum(r[0][i] for r in runs) / len(runs)
        out.append({'words': words, 'tags': tags[i], 'emissions': [[round(float(v), 4) for v in row] for row in e]})
    with open(args.out, 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest='command', required=True)
    p = sub.add_parser('lexicon')
    p.add_argument('--jar-classpath', required=True)
    p.add_argument('--out', required=True)
    p.add_argument('--min-count', type=int, default=2)
    p = sub.add_parser('train')
    p.add_argument('--seed', type=int, required=True)
    p.add_argument('--out', required=True)
    p.add_argument('--with-dev', action='store_true', help='train on train+dev (the shipped models)')
    p.add_argument('--epochs', type=int, default=12)
    p.add_argument('--hidden', type=int, default=128)
    p.add_argument('--batch', type=int, default=16)
    p.add_argument('--lr', type=float, default=0.002)
    p.add_argument('--word-dropout', type=float, default=0.05)
    p = sub.add_parser('evaluate')
    p.add_argument('models', nargs='+')
    p = sub.add_parser('fixture')
    p.add_argument('--out', required=True)
    p.add_argument('models', nargs='+')
    args = parser.parse_args()
    {'lexicon': cmd_lexicon, 'train': cmd_train, 'evaluate': cmd_evaluate, 'fixture': cmd_fixture}[args.command](args)


if __name__ == '__main__':
    main()
