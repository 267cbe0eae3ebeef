-- deeplin: independent Macaulay2 re-check of an upper-bound certificate
-- (kind deeplin/upper-bound-certificate, versions 1-6), as written by
-- `npx deeplin verify --certify FILE`. Written by hand, independently of deeplin's
-- TypeScript (src/certify/checkUpperBoundCertificate.ts is the other, independent checker).
--
-- Run:  M2 --script proofs/check-certificate.m2 FILE.json [--slices]
-- Exit code 0 and last line "deeplin-m2: ALL CHECKS PASSED" iff every check passes;
-- otherwise the last line is "deeplin-m2: FAILED" and the exit code is 1 (2: no file named).
--
-- What it proves. Everything is recomputed with exact arithmetic over QQ; only the data of the
-- file is read (widths, the points, data X, Y, relations, kernel fields, claimed numbers).
-- delta(W) = (Delta_1..Delta_{N-1}), Delta_i = W_{i+1}^T W_{i+1} - W_i W_i^T, coordinates the
-- upper triangles (i, r, c), r <= c, 0-based r, c; m = their number. Per component:
--  1. in A_H: group "G": the listed products W_b...W_a vanish at W and the vanishing products
--     at W imply the Hessian-variety theorem's conditions for all data (the G-orbit lies in
--     A_H); group "stabilizer": X full row rank, C = X Y^T full rank, and the conditions hold
--     at W for C (A_H is invariant under the stabiliser H of C);
--  2. the family psi(g) = (g_i W_i adj(g_{i-1}))_i over QQ[g...] (group "G": all g_v free;
--     "stabilizer": g_1..g_{N-1} free, (g_0, g_N) = sum_k t_k (x0_k, xN_k) over a basis of
--     {(x0, xN) : x0 C = C xN} computed here from ker); every relation F (a nonzero polynomial
--     in delta's coordinates) satisfies F(delta(psi(g))) == 0 in QQ[g...];
--  3. the gradients of the relations at delta(W) have rank k = their number, so
--     dim cl delta(component) <= m - k; version 2 kernel fields v(g) (parameters g{v}_{r}_{c}
--     then t{k}, for the stabiliser over the listed basis, checked to be a basis of
--     {x0 C = C xN}) satisfy J(g) v(g) == 0, J = d(delta o psi), are nonzero and have rank
--     equal to their number at the listed point g0, so dim cl delta(component) <= n - that rank;
--     Version 6 eigenvalue relations det(Delta_a (x) I + sign I (x) Delta_b - s I) = 0, s = sum q tr Delta_k:
--     the named layers W_i (left, at vertex a) and W_j (right, at b) have rank 1 at W with W_{i+1} W_i = 0
--     (side "column", vertex i, eigenvalue -|W_i|^2) or W_i W_{i-1} = 0 ("row", vertex i - 1, +|W_i|^2),
--     closed G-invariant conditions, so they hold on the orbit closure; eps_L n_i + sign eps_R n_j =
--     sum q (n_{k+1} - n_k) in the symbols n_k = |W_k|^2; then K (x (x) y) = 0 for the eigenvectors, so
--     det K = 0 there. The gradient of det K at delta(W) is the t-coefficient of det(K(delta(W)) + t dK/dy_j)
--     over QQ[t], one coordinate at a time; these rows join the relations' gradients in k.
--  4. upperBound = the smaller proved bound; lowerBound <= rank over QQ of d(delta)_W o T
--     (T the tangent map of the group orbit), a lower bound of dim cl delta(component);
--  5. claims: restrictedDimension (an integer, or {atLeast, atMost}): atMost (or the integer)
--     = max of the proved upper bounds, atLeast (or the integer) <= max of the QQ ranks of 4;
--     genericDimension <= rank over QQ of d(delta) at genericPoint (a lower bound of
--     dim cl delta(parameter space)).
-- Not re-checked (as in the TypeScript checker): that the components cover A_H. Not re-checked without
-- --slices (the TypeScript checker does): that a stabiliser family psi is dense in T.H.W (each such component
-- prints a line).
-- With --slices (versions 3-5): a relation that names a slice of psi (g_v = I + sum s_j E_{rc}; boundary pairs
-- (x0, xN), checked to satisfy x0 C = C xN; orthogonal vertices) is expanded on that slice instead, and the
-- slice is re-proved dense in the orbit projected to F's layers first..last: the rank of its Jacobian at s = 0
-- together with the tangents of O(d_v) at the listed vertices (W_first A at v = first - 1, A W_last at
-- v = last, (A W_v, -W_{v+1} A) inside) equals the rank of the projected orbit tangents; a vertex inside
-- needs version 5 and F invariant under SO(d_v) on Delta_v (its derivative along A Delta - Delta A
-- vanishes); a boundary vertex 0 or N of a stabiliser needs the window to leave out the other boundary
-- layer and every antisymmetric A in the v-part of {x0 C = C xN}. A stabiliser component whose bound uses psi
-- itself (kernel fields, or a relation naming no slice) is re-proved dense (rank d psi at a fixed integer
-- point = dim T_W(T.H.W)).
-- Speed: the expansion F(delta(psi(g))) is done symbolically in all n parameters; for wide or
-- deep certificates it is slow (a re-check, not a race). Width 2: depth 4 (8 components) about
-- 20 s, depth 5 (36 components, 24 with kernel fields, one stabiliser with a listed basis) about
-- 2 minutes on a loaded 2-core machine.

needsPackage "JSON";
readFail = msg -> (<< "FAIL certificate-file: " << msg << endl << "deeplin-m2: FAILED" << endl; exit 1);
if not (#scriptCommandLine == 2 or (#scriptCommandLine == 3 and scriptCommandLine#2 == "--slices")) then (
    stderr << "usage: M2 --script proofs/check-certificate.m2 CERTIFICATE.json [--slices]" << endl; exit 2);
certPath = scriptCommandLine#1;
-- --slices: prove each relation on the slice it names (re-proving the slice's density, and for an orthogonal
-- vertex inside the window the relation's invariance) instead of on the whole family; and re-check the
-- density of each stabiliser family that carries kernel fields
sliceMode = #scriptCommandLine == 3;
<< "deeplin-m2: checking " << certPath << endl;
if not fileExists certPath then readFail("no such file: " | certPath);
J = try fromJSON get certPath else readFail("not valid JSON: " | certPath);
onlyKeys = (H, required, optional, name) -> (
    if not instance(H, HashTable) then readFail(name | " must be a JSON object");
    extra := select(keys H, k -> not member(k, required) and not member(k, optional));
    if #extra > 0 then readFail(name | " has unknown fields " | toString sort extra);
    missing := select(required, k -> not H#?k);
    if #missing > 0 then readFail(name | " lacks the fields " | toString missing));
rationalOf = (s, name) -> (
    if not instance(s, String) or not match("^-?[0-9]+(/[0-9]*[1-9][0-9]*)?$", s) then
        readFail(name | " holds " | toString s | ", not an exact rational written \"p\" or \"p/q\"");
    promote(value s, QQ));
intOf = (x, lo, hi, name) -> (
    if not instance(x, ZZ) or x < lo or x > hi then
        readFail(name | " must be an integer in [" | toString lo | ", " | toString hi | "], got " | toString x);
    x);
matrixOf = (rows, nr, nc, name) -> (
    if not instance(rows, List) or #rows != nr or not all(rows, r -> instance(r, List) and #r == nc) then
        readFail(name | " must be a " | toString nr | " x " | toString nc | " matrix");
    if nr == 0 or nc == 0 then return map(QQ^nr, QQ^nc, 0);
    matrix(QQ, apply(rows, r -> apply(r, s -> rationalOf(s, name)))));

onlyKeys(J, {"kind", "version", "widths", "claims", "genericPoint", "components"},
    {"statement", "coverage", "recheck", "seed", "notes"}, "the certificate");
if J#"kind" =!= "deeplin/upper-bound-certificate" then readFail "kind must be \"deeplin/upper-bound-certificate\"";
certVersion = J#"version";
if not member(certVersion, {1, 2, 3, 4, 5, 6}) then readFail "version must be 1, 2, 3, 4, 5 or 6";
widths = J#"widths";
if not instance(widths, List) or #widths < 3 then readFail "widths must list d_0..d_N with N >= 2";
widths = apply(#widths, k -> intOf(widths#k, 1, 50, "widths[" | toString k | "]"));
N = #widths - 1;
coords = flatten for i from 1 to N-1 list flatten for r from 0 to widths#i - 1 list for c from r to widths#i - 1 list {i, r, c};
m = #coords;
coordIndex = new HashTable from apply(#coords, j -> coords#j => j);
claims = J#"claims";
onlyKeys(claims, {"restrictedDimension", "genericDimension"}, {}, "claims");
claimGeneric = intOf(claims#"genericDimension", 0, m, "claims.genericDimension");
rc = claims#"restrictedDimension";
claimRange = instance(rc, HashTable);
if claimRange then (
    onlyKeys(rc, {"atLeast", "atMost"}, {}, "claims.restrictedDimension");
    claimLow = intOf(rc#"atLeast", 0, m, "claims.restrictedDimension.atLeast");
    claimHigh = intOf(rc#"atMost", claimLow + 1, m, "claims.restrictedDimension.atMost")) else (
    claimLow = intOf(rc, 0, m, "claims.restrictedDimension"); claimHigh = claimLow);
layersOf = (L, name) -> (
    if not instance(L, List) or #L != N then readFail(name | " must list N = " | toString N | " matrices");
    apply(N, i -> matrixOf(L#i, widths#(i+1), widths#i, name | "[" | toString i | "]")));
genericPoint = layersOf(J#"genericPoint", "genericPoint");
comps = J#"components";
if not instance(comps, List) then readFail "components must be a list";

-- ===================== checks =====================
allOk = true;
report = (name, ok, detail) -> (
    if ok then (<< "PASS " << name << ": " << detail << endl)
    else (allOk = false; << "FAIL " << name << ": " << detail << endl);
    ok);
str = x -> toString x;
<< "deeplin-m2: Macaulay2 " << version#"VERSION" << ", widths " << str widths << ", " << #comps << " components, m = " << m << " delta coordinates" << endl;

-- delta's coordinates of a list of layers over any ring
deltaList = Ws -> apply(coords, t -> (
    i := t#0;
    D := transpose(Ws#i) * Ws#i - Ws#(i-1) * transpose(Ws#(i-1));
    D_(t#1, t#2)));
-- rank over QQ of the columns (lists of rationals)
rankCols = cols -> if #cols == 0 or m == 0 then 0 else rank matrix(QQ, transpose cols);
tangentCols = (W, xis) -> apply(xis, xi -> (
    dW := apply(N, j -> xi#(j+1) * W#j - W#j * xi#j);
    apply(coords, t -> (
        i := t#0;
        D := transpose(dW#i) * W#i + transpose(W#i) * dW#i - dW#(i-1) * transpose(W#(i-1)) - W#(i-1) * transpose(dW#(i-1));
        D_(t#1, t#2)))));
unitMatrix = (d, a, b) -> map(QQ^d, QQ^d, (r, c) -> if r == a and c == b then 1 else 0);

-- generic dimension: rank over QQ of d(delta) at genericPoint
genericCols = flatten for v from 0 to N-1 list flatten for a from 0 to widths#(v+1) - 1 list for b from 0 to widths#v - 1 list (
    dW := apply(N, j -> if j == v then map(QQ^(widths#(j+1)), QQ^(widths#j), (r, c) -> if r == a and c == b then 1 else 0) else map(QQ^(widths#(j+1)), QQ^(widths#j), 0));
    apply(coords, t -> (
        i := t#0; W := genericPoint;
        D := transpose(dW#i) * W#i + transpose(W#i) * dW#i - dW#(i-1) * transpose(W#(i-1)) - W#(i-1) * transpose(dW#(i-1));
        D_(t#1, t#2))));
gRank = rankCols genericCols;
report("generic-dimension", claimGeneric <= gRank,
    "rank over QQ of d(delta) at genericPoint is " | str gRank | " (a lower bound of dim cl delta(parameter space)); claimed " | str claimGeneric);

prodOf = (W, a, b) -> (M := id_(QQ^(widths#(a-1))); for i from a to b do M = W#(i-1) * M; M);
-- the Hessian-variety theorem's conditions at W (for all data if C is null), from vanishing products
theoremWhy = (W, C) -> (
    zero := (a, b) -> a <= b and prodOf(W, a, b) == 0;
    if not any(1..N, n -> any((n+1)..N, l -> zero(1, n) and zero(l, N))) then
        return "condition 1 fails (no n < l with W_n...W_1 = 0 and W_N...W_l = 0)";
    for k from 1 to N do for j from k+1 to N do (
        if j > k + 1 and zero(k+1, j-1) then continue;
        if k > 1 and zero(1, k-1) then continue;
        if j < N and zero(j+1, N) then continue;
        if C =!= null then (
            M := C;
            if k > 1 then M = prodOf(W, 1, k-1) * M;
            if j < N then M = M * prodOf(W, j+1, N);
            if M == 0 then continue);
        return "condition 2 fails for (k, j) = " | str(k, j));
    "");
-- basis of {(x0, xN) : x0 C = C xN}, from the kernel of the linear map (x0, xN) |-> x0 C - C xN
intertwiners = C -> (
    d0 := numRows C; dN := numColumns C; n := d0^2 + dN^2;
    A := matrix(QQ, flatten for r from 0 to d0-1 list for c from 0 to dN-1 list
        for j from 0 to n-1 list (
            if j < d0^2 then (if j // d0 == r then C_(j % d0, c) else 0)
            else (jj := j - d0^2; if jj % dN == c then -C_(r, jj // dN) else 0)));
    K := gens ker A;
    apply(numColumns K, q -> (
        v := flatten entries K_{q};
        (matrix(QQ, pack(d0, take(v, d0^2))), matrix(QQ, pack(dN, drop(v, d0^2)))))));
-- the adjugate of a square matrix over any ring (adj(g) = det(g) g^-1, polynomial in g's entries)
adjOf = M -> (
    d := numRows M;
    if d == 1 then matrix(ring M, {{1}}) else matrix(ring M, table(d, d, (i, j) -> (-1)^(i+j) * det submatrix'(M, {j}, {i}))));
-- the tangents of the orbit T.H.W (or G.W) at W, one per Lie algebra direction xi (and, for the stabiliser, one per layer
-- scaling), each written out by proj (a function of the N layer matrices)
orbitRows = (W, stab, xis, proj) -> (
    apply(xis, xi -> proj apply(N, j -> xi#(j+1) * W#j - W#j * xi#j))
        | (if stab then apply(N, i -> proj apply(N, j -> if j == i then W#j else 0 * W#j)) else {}));
-- the family psi over QQ[p_0..p_(n-1)]: free gauge entries (vertex by vertex, row-major), then t_k
familyOf = (W, stab, basis) -> (
    free := select(toList(0..N), v -> not (stab and (v == 0 or v == N)));
    offs := new MutableHashTable; nG := 0;
    for v in free do (offs#v = nG; nG = nG + widths#v^2);
    n := nG + #basis;
    S := QQ[pp_0..pp_(n-1)];
    gauge := v -> (
        d := widths#v;
        if offs#?v then matrix(S, table(d, d, (r, c) -> S_(offs#v + r * d + c)))
        else fold((a, b) -> a + b, map(S^d, S^d, 0), apply(#basis, k -> S_(nG + k) * promote(if v == 0 then basis#k#0 else basis#k#1, S))));
    gs := apply(N + 1, gauge);
    psi := apply(N, i -> gs#(i+1) * promote(W#i, S) * adjOf(gs#i));
    (S, n, deltaList psi, psi));

-- ===================== --slices: a relation on the slice it names =====================
-- E_rc - E_cr (r < c): a basis of the Lie algebra of SO(d)
antisym = d -> flatten for r from 0 to d-1 list for c from r+1 to d-1 list
    map(QQ^d, QQ^d, (i, j) -> if i == r and j == c then 1 else if i == c and j == r then -1 else 0);
rowsRank = rows -> if #rows == 0 then 0 else rank matrix(QQ, rows);
-- psi on the slice g_v = I + sum s_j E_{r c} (free [v, r, c]), (g_0, g_N) = (I, I) + sum u_k (x0_k, xN_k) (boundary)
sliceFamilyOf = (W, stab, sl, w) -> (
    onlyKeys(sl, {"free"}, (if stab then {"boundary"} else {}) | (if certVersion >= 4 then {"orthogonal"} else {}), w);
    if not instance(sl#"free", List) then readFail(w | ".free must be [[v, r, c], ...]");
    free := apply(sl#"free", f -> (
        if not instance(f, List) or #f != 3 then readFail(w | ".free: a direction must be [v, r, c]");
        v := intOf(f#0, if stab then 1 else 0, if stab then N-1 else N, w | ".free v");
        {v, intOf(f#1, 0, widths#v - 1, w | ".free r"), intOf(f#2, 0, widths#v - 1, w | ".free c")}));
    if #unique free != #free then readFail(w | ".free: a direction repeated");
    bd := if sl#?"boundary" then sl#"boundary" else {};
    if not instance(bd, List) then readFail(w | ".boundary must be [{x0, xN}, ...]");
    bd = apply(bd, b -> (onlyKeys(b, {"x0", "xN"}, {}, w | ".boundary");
        (matrixOf(b#"x0", widths#0, widths#0, w | ".boundary.x0"), matrixOf(b#"xN", widths#N, widths#N, w | ".boundary.xN"))));
    orth := if sl#?"orthogonal" then sl#"orthogonal" else {};
    if not instance(orth, List) then readFail(w | ".orthogonal must be [v, ...]");
    orth = apply(orth, v -> intOf(v, 0, N, w | ".orthogonal"));
    if #unique orth != #orth then readFail(w | ".orthogonal: a vertex repeated");
    n := #free + #bd;
    S := QQ[ss_0..ss_(max(n, 1) - 1)];
    gauge := v -> (
        d := widths#v;
        g := id_(S^d);
        scan(#free, j -> if free#j#0 == v then g = g + S_j * promote(unitMatrix(d, free#j#1, free#j#2), S));
        if v == 0 or v == N then scan(#bd, k -> g = g + S_(#free + k) * promote(if v == 0 then bd#k#0 else bd#k#1, S));
        g);
    gs := apply(N + 1, gauge);
    psi := apply(N, i -> gs#(i+1) * promote(W#i, S) * adjOf(gs#i));
    (S, n, psi, deltaList psi, free, bd, orth));
-- F(Q Delta_v Q^T) = F(Delta_v) for Q in SO(d_v): the derivative of F along A Delta - Delta A vanishes for each A
invariantAt = (F, v) -> (
    d := widths#v;
    T := ring F;
    D := matrix(T, table(d, d, (r, c) -> T_(coordIndex#{v, min(r, c), max(r, c)})));
    all(antisym d, A -> (
        L := promote(A, T) * D - D * promote(A, T);
        sum(flatten for r from 0 to d-1 list for c from r to d-1 list diff(T_(coordIndex#{v, r, c}), F) * L_(r, c)) == 0)));
-- the slice's closure is the orbit projected to F's layers first..last: rank of its Jacobian at s = 0 with the
-- orthogonal tangents = rank of the projected orbit tangents (Lie algebra of G, or of H with the layer scalings)
sliceDense = (W, stab, C, basisH, xis, F, sfam) -> (
    (S, n, psi, dl, free, bd, orth) := sfam;
    used := unique apply(support F, y -> (coords#(index y))#0);
    if #used == 0 then return (false, "F involves no coordinate");
    first := min used; last := max used + 1;
    if stab and any(bd, b -> b#0 * C != C * b#1) then return (false, "a boundary pair does not satisfy x0 C = C xN");
    proj := dWs -> flatten apply(toList(first..last), j -> flatten entries dWs#(j-1));
    orbitDim := rowsRank orbitRows(W, stab, xis, proj);
    zero := matrix(QQ, {toList(numgens S : 0)});
    sliceRows := apply(n, q -> proj apply(N, j -> lift(sub(diff(S_q, psi#j), zero), QQ)));
    badV := select(orth, v -> not (v == first - 1 or v == last or (v >= first and v <= last - 1)));
    if #badV > 0 then return (false, "orthogonal vertex " | str(badV#0) | " is neither an end vertex of layers " | str first | ".." | str last | " nor inside them");
    innerV := select(orth, v -> v >= first and v <= last - 1);
    if #innerV > 0 and certVersion < 5 then return (false, "orthogonal vertex " | str(innerV#0) | " inside layers " | str first | ".." | str last | " (allowed from version 5 only)");
    if stab then scan(orth, v -> if v == 0 or v == N then (
        span := apply(basisH, b -> flatten entries (if v == 0 then b#0 else b#1));
        inSpan := all(antisym(widths#v), A -> rowsRank(span | {flatten entries A}) == rowsRank span);
        if not (inSpan and (if v == 0 then last < N else first > 1)) then badV = append(badV, v)));
    if #badV > 0 then return (false, "orthogonal vertex " | str(badV#0) | ": O(d_v) is not in the stabiliser's projection, or the window reaches the other boundary layer");
    notInv := select(innerV, v -> not invariantAt(F, v));
    if #notInv > 0 then return (false, "F is NOT invariant under SO(d_" | str(notInv#0) | ") acting on Delta_" | str(notInv#0) | " by conjugation");
    orthRows := flatten apply(orth, v -> apply(antisym(widths#v), A -> proj apply(N, j -> (
        if v == first - 1 and j == first - 1 then W#j * A
        else if v == last and j == last - 1 then A * W#j
        else if v >= first and v <= last - 1 and j == v - 1 then A * W#j
        else if v >= first and v <= last - 1 and j == v then -(W#j * A)
        else 0 * W#j))));
    r := rowsRank(sliceRows | orthRows);
    (r == orbitDim, "the slice's Jacobian at s = 0 with " | str(#orthRows) | " orthogonal tangents (vertices " | str orth
        | (if #innerV > 0 then "; F proved SO-invariant at " | str innerV else "") | ") has rank " | str r
        | (if r == orbitDim then " = " else " < ") | str orbitDim | " = dim of the orbit projected to layers " | str first | ".." | str last));
-- for a stabiliser family with kernel fields: psi is dense in T.H.W when rank d psi at some point = dim T_W(T.H.W)
familyDenseAt = (W, xis, fam) -> (
    (S, n, dl, psi) := fam;
    flatW := Ms -> flatten apply(Ms, M -> flatten entries M);
    orbitDim := rowsRank orbitRows(W, true, xis, flatW);
    jac := jacobian matrix {flatten apply(psi, M -> flatten entries M)};
    best := 0;
    for a from 0 to 4 do if best < orbitDim then (
        pt := matrix(QQ, {apply(numgens S, j -> ((j + 1) * 7919 * (2 * a + 3) + 13 * a) % 23 - 11)});
        best = max(best, rank lift(sub(jac, pt), QQ)));
    (best == orbitDim, "rank d psi = " | str best | (if best == orbitDim then " = " else " < ") | str orbitDim | " = dim T_W(T.H.W) at a fixed integer point"));

-- version 6: one eigenvalue relation at the point W (list of layers), returning (ok, detail, gradient row)
eigenCheck = (e, W, w) -> (
    onlyKeys(e, {"a", "b", "sign", "shift", "left", "right"}, {}, w);
    a := intOf(e#"a", 1, N-1, w | ".a");
    b := intOf(e#"b", 1, N-1, w | ".b");
    sgn := e#"sign";
    if not member(sgn, {1, -1}) then readFail(w | ".sign must be 1 or -1");
    if not instance(e#"shift", List) then readFail(w | ".shift must be a list of [\"q\", k]");
    shift := apply(e#"shift", t -> (
        if not instance(t, List) or #t != 2 then readFail(w | ".shift entries must be [\"q\", k]");
        (rationalOf(t#0, w | ".shift"), intOf(t#1, 1, N-1, w | ".shift k"))));
    sideOf := (v, nm) -> (
        if not instance(v, List) or #v != 2 or not member(v#1, {"column", "row"}) then readFail(w | "." | nm | " must be [layer, \"column\" | \"row\"]");
        col := v#1 == "column";
        (intOf(v#0, if col then 1 else 2, if col then N-1 else N, w | "." | nm), col));
    (li, lc) := sideOf(e#"left", "left");
    (ri, rcol) := sideOf(e#"right", "right");
    problems := {};
    scan({(li, lc, a), (ri, rcol, b)}, (i, col, v) -> (
        if (if col then i else i - 1) != v then problems = append(problems, "layer " | str i | " is not at vertex " | str v);
        if rank W#(i-1) != 1 then problems = append(problems, "W_" | str i | " does not have rank 1");
        if (if col then W#i * W#(i-1) else W#(i-1) * W#(i-2)) != 0 then problems = append(problems, "a neighbour product of W_" | str i | " is not 0")));
    form := new MutableList from (N + 1):(0/1);
    form#li = form#li + (if lc then -1 else 1);
    form#ri = form#ri + sgn * (if rcol then -1 else 1);
    scan(shift, (q, kk) -> (form#(kk+1) = form#(kk+1) - q; form#kk = form#kk + q));
    if any(toList form, z -> z != 0) then problems = append(problems, "the shift is not eps_L n_i + sign eps_R n_j in traces");
    (da, db) := (widths#a, widths#b);
    -- K from a list of delta values (coordinate order), entries in ring R
    Kof := (R, vals) -> (
        S := (i, r, cc) -> vals#(coordIndex#{i, min(r, cc), max(r, cc)});
        s0 := sum(shift, (q, kk) -> q * sum(widths#kk, r -> S(kk, r, r)));
        matrix(R, flatten for r from 0 to da-1 list for cc from 0 to db-1 list
            flatten for r2 from 0 to da-1 list for c2 from 0 to db-1 list
                (if cc == c2 then S(a, r, r2) else 0) + (if r == r2 then sgn * S(b, cc, c2) else 0) - (if r == r2 and cc == c2 then s0 else 0)));
    R := QQ[tt];
    y0 := deltaList W;
    K0 := Kof(R, apply(y0, z -> z_R));
    grad := apply(m, j -> (
        dK := Kof(R, apply(m, jj -> if jj == j then 1_R else 0_R)) - Kof(R, apply(m, jj -> 0_R));
        lift(coefficient(tt, det(K0 + tt * dK)), QQ)));
    (#problems == 0, if #problems == 0 then "det(Delta_" | str a | " (x) I " | (if sgn == 1 then "+" else "-") | " I (x) Delta_" | str b | " - s I) = 0: W_" | str li | ", W_" | str ri | " rank 1 with the needed products zero at W; the shift matches" else "NOT proved: " | demark("; ", problems), grad));

maxLowerRank = 0; maxUpper = 0;
if #comps == 0 then report("components", true, "none listed: the certificate claims A_H is empty (not re-checked)");
scan(#comps, q -> (
    where := "components[" | str q | "]";
    c := comps#q;
    onlyKeys(c, {"label", "group", "point", "lowerBound", "upperBound", "relations"},
        {"conditions", "data", "windows", "note"} | (if certVersion >= 2 then {"kernelFields"} else {}) | (if certVersion >= 4 then {"densityPoint"} else {}) | (if certVersion >= 6 then {"eigenvalueRelations"} else {}), where);
    label := if instance(c#"label", String) then c#"label" else readFail(where | ".label must be a string");
    W := layersOf(c#"point", where | ".point");
    stab := c#"group" == "stabilizer";
    if not stab and c#"group" =!= "G" then readFail(where | ".group must be \"G\" or \"stabilizer\"");
    C := null;
    if not stab then (
        conds := c#"conditions";
        if not instance(conds, List) then readFail(where | ".conditions must be a list of pairs [a, b] for group \"G\"");
        conds = apply(conds, w -> (
            if not instance(w, List) or #w != 2 then readFail(where | ".conditions must be pairs [a, b]");
            a := intOf(w#0, 1, N, where | ".conditions a"); {a, intOf(w#1, a, N, where | ".conditions b")}));
        bad := select(conds, w -> prodOf(W, w#0, w#1) != 0);
        whyG := theoremWhy(W, null);
        report(label | ": in A_H", #bad == 0 and whyG == "",
            if #bad > 0 then "products " | str bad | " do not vanish" else if whyG != "" then whyG
            else "the listed products vanish and the vanishing products imply the theorem's conditions for all data: the G-orbit lies in A_H"))
    else (
        data := c#"data";
        onlyKeys(data, {"X", "Y"}, {}, where | ".data");
        if not instance(data#"X", List) or #(data#"X") == 0 or not instance(data#"X"#0, List) then readFail(where | ".data.X must be a matrix");
        cols := #(data#"X"#0);
        X := matrixOf(data#"X", widths#0, cols, where | ".data.X");
        Y := matrixOf(data#"Y", widths#N, cols, where | ".data.Y");
        C = X * transpose Y;
        genericData := rank X == widths#0 and rank C == min(widths#0, widths#N);
        whyC := theoremWhy(W, C);
        report(label | ": in A_H", genericData and whyC == "",
            if not genericData then "data not generic (X full row rank and C = X Y^T full rank required)" else if whyC != "" then whyC
            else "the theorem's conditions hold at the point for C = X Y^T; A_H is invariant under the stabiliser H of C"));
        -- not re-checked without --slices: that psi is dense in T.H.W (needed when a bound below m is claimed for a
        -- stabiliser component); npx deeplin check proves it (rank d psi at densityPoint = dim T.H.W, exactly)
        if stab and not sliceMode then << "deeplin-m2: " << label << ": density of psi in T.H.W NOT re-checked here (npx deeplin check does; --slices re-checks it wherever the bound uses psi itself)" << endl;
    -- 2. relations on the family
    rels := c#"relations";
    if not instance(rels, List) then readFail(where | ".relations must be a list");
    T := QQ[yy_0..yy_(max(m, 1) - 1)];
    Fs := apply(#rels, k -> (
        w := where | ".relations[" | str k | "]";
        -- version 3: a relation may name the slice of psi deeplin proved it on (version 4: with orthogonal vertices; 5: also inside the window); this check ignores it and
        -- proves F on the whole family (a stronger statement, slower, independent of the slice argument)
        onlyKeys(rels#k, {"terms"}, if certVersion >= 3 then {"slice"} else {}, w);
        ts := rels#k#"terms";
        if not instance(ts, List) or #ts == 0 then readFail(w | ".terms must be a nonempty list");
        sum apply(ts, t -> (
            if not instance(t, List) or #t != 2 or not instance(t#1, List) then readFail(w | ": a term must be [\"p/q\", [[i, r, c, e], ...]]");
            coef := rationalOf(t#0, w);
            seen := {};
            coef * fold((a, b) -> a * b, 1_T, apply(t#1, f -> (
                if not instance(f, List) or #f != 4 then readFail(w | ": a factor must be [i, r, c, e]");
                i := intOf(f#0, 1, N-1, w | " i");
                r := intOf(f#1, 0, widths#i - 1, w | " r");
                cc := intOf(f#2, r, widths#i - 1, w | " c");
                e := intOf(f#3, 1, 1000, w | " e");
                if member({i, r, cc}, seen) then readFail(w | ": coordinate Delta_" | str i | "[" | str r | "][" | str cc | "] repeated in one monomial");
                seen = append(seen, {i, r, cc});
                T_(coordIndex#{i, r, cc})^e)))))));
    basisH := if stab then intertwiners C else {};
    -- the Lie algebra of G (or of H: the middle gauges and the pairs (x0, xN)), for the orbit's tangents
    xis := flatten for v from 0 to N list if stab and (v == 0 or v == N) then {} else
        flatten for a from 0 to widths#v - 1 list for b from 0 to widths#v - 1 list
            apply(N + 1, u -> if u == v then unitMatrix(widths#u, a, b) else map(QQ^(widths#u), QQ^(widths#u), 0));
    if stab then xis = xis | apply(basisH, b -> apply(N + 1, u -> if u == 0 then b#0 else if u == N then b#1 else map(QQ^(widths#u), QQ^(widths#u), 0)));
    wholeFamily := null;
    scan(#Fs, k -> (
        if sliceMode and rels#k#?"slice" then (
            sfam := sliceFamilyOf(W, stab, rels#k#"slice", where | ".relations[" | str k | "].slice");
            (okD, whyD) := sliceDense(W, stab, C, basisH, xis, Fs#k, sfam);
            report(label | ": relation " | str(k + 1) | " slice dense", okD, whyD);
            holdsS := Fs#k != 0 and (map(sfam#0, T, if m == 0 then {0_(sfam#0)} else sfam#3))(Fs#k) == 0;
            report(label | ": relation " | str(k + 1), holdsS,
                if holdsS then "F(delta(psi_slice(s))) expands to 0 in QQ[" | str(sfam#1) | " slice parameters] (" | str(#terms Fs#k) | " terms)"
                else "F(delta(psi_slice(s))) is NOT the zero polynomial (or F = 0)"))
        else (
            if wholeFamily === null then wholeFamily = familyOf(W, stab, basisH);
            (S, n, dPsi, psiW) := wholeFamily;
            toS := map(S, T, if m == 0 then {0_S} else dPsi);
            holds := Fs#k != 0 and toS(Fs#k) == 0;
            report(label | ": relation " | str(k + 1), holds,
                if holds then "F(delta(psi(g))) expands to 0 in QQ[" | str n | " parameters] (" | str(#terms Fs#k) | " terms)"
                else "F(delta(psi(g))) is NOT the zero polynomial (or F = 0)"))));
    -- with --slices, a stabiliser relation proved on psi itself (no slice named) bounds the component only where psi is dense in T.H.W
    relDense := true;
    if stab and sliceMode and wholeFamily =!= null then (
        (okR, whyR) := familyDenseAt(W, xis, wholeFamily);
        report(label | ": family dense (relations proved on psi)", okR, whyR);
        relDense = okR);
    -- 3. gradients at delta(W)
    yAt := matrix(QQ, {if m == 0 then {0} else deltaList W});
    grads := apply(Fs, F -> apply(m, j -> lift(sub(diff(T_j, F), yAt), QQ)));
    eig := if c#?"eigenvalueRelations" then (
        if not instance(c#"eigenvalueRelations", List) then readFail(where | ".eigenvalueRelations must be a list");
        apply(#(c#"eigenvalueRelations"), j -> eigenCheck(c#"eigenvalueRelations"#j, W, where | ".eigenvalueRelations[" | str j | "]"))) else {};
    scan(#eig, j -> report(label | ": eigenvalue relation " | str(j + 1), eig#j#0, eig#j#1));
    grads = grads | apply(eig, z -> z#2);
    nRel := #Fs + #eig;
    k := if #grads == 0 or m == 0 then 0 else rank matrix(QQ, grads);
    upper := m - k;
    why := "the " | str nRel | " relations (" | str(#eig) | " eigenvalue relations) have gradients of rank " | str k | " over QQ at delta(W): <= " | str m | " - " | str k | " = " | str(m - k);
    fieldsOk := true;
    if c#?"kernelFields" then (
        w := where | ".kernelFields";
        kf := c#"kernelFields";
        onlyKeys(kf, {"parameters", "at", "fields"}, if stab then {"basis"} else {}, w);
        basisK := {};
        if stab then (
            if not instance(kf#"basis", List) then readFail(w | ".basis must be [{x0, xN}, ...] for group \"stabilizer\"");
            basisK = apply(#(kf#"basis"), j -> (
                b := kf#"basis"#j;
                onlyKeys(b, {"x0", "xN"}, {}, w | ".basis");
                (matrixOf(b#"x0", widths#0, widths#0, w | ".basis.x0"), matrixOf(b#"xN", widths#N, widths#N, w | ".basis.xN"))));
            isBasis := all(basisK, b -> b#0 * C == C * b#1) and #basisK == #basisH
                and (#basisK == 0 or rank matrix(QQ, apply(basisK, b -> flatten entries b#0 | flatten entries b#1)) == #basisK);
            if not isBasis then readFail(w | ".basis is not a basis of {(x0, xN) : x0 C = C xN} (dimension " | str(#basisH) | ")"));
        expected := flatten(for v from 0 to N list if stab and (v == 0 or v == N) then {} else
            flatten for r from 0 to widths#v - 1 list for cc from 0 to widths#v - 1 list "g" | str v | "_" | str r | "_" | str cc)
            | apply(#basisK, j -> "t" | str j);
        if kf#"parameters" =!= expected then readFail(w | ".parameters must be " | str expected);
        (SK, nK, dK, psiK) := familyOf(W, stab, basisK);
        denseK := true;
        if sliceMode and stab then (
            (okF, whyF) := familyDenseAt(W, xis, (SK, nK, dK, psiK));
            report(label | ": family dense", okF, whyF);
            denseK = okF);
        at := matrixOf({kf#"at"}, 1, nK, w | ".at");
        if not instance(kf#"fields", List) or #(kf#"fields") == 0 then readFail(w | ".fields must be a nonempty list");
        vs := apply(#(kf#"fields"), j -> (
            f := kf#"fields"#j;
            if not instance(f, List) or #f != nK then readFail(w | ".fields[" | str j | "] must list " | str nK | " polynomials");
            apply(f, poly -> (
                if not instance(poly, List) then readFail(w | ": a polynomial must be [[\"p/q\", [[parameter, e], ...]], ...]");
                fold((a, b) -> a + b, 0_SK, apply(poly, t -> (
                    if not instance(t, List) or #t != 2 or not instance(t#1, List) then readFail(w | ": a term must be [\"p/q\", [[parameter, e], ...]]");
                    seen := {};
                    rationalOf(t#0, w) * fold((a, b) -> a * b, 1_SK, apply(t#1, f2 -> (
                        if not instance(f2, List) or #f2 != 2 then readFail(w | ": a factor must be [parameter, e]");
                        p := intOf(f2#0, 0, nK - 1, w | " parameter");
                        if member(p, seen) then readFail(w | ": parameter " | str p | " repeated in one monomial");
                        seen = append(seen, p);
                        SK_p^(intOf(f2#1, 1, 1000, w | " e"))))))))))));
        Jac := transpose jacobian matrix {if m == 0 then {0_SK} else dK}; -- m x nK
        badF := select(#vs, j -> all(vs#j, z -> z == 0) or Jac * transpose matrix {vs#j} != 0);
        report(label | ": kernel fields", #badF == 0,
            if #badF == 0 then "J(g) v(g) expands to 0 over QQ for all " | str(#vs) | " fields, J = d(delta o psi)"
            else "J(g) v(g) is NOT zero (or v = 0) for field(s) " | str apply(badF, j -> j + 1));
        rk := rank lift(sub(matrix(vs), at), QQ);
        fieldsOk = #badF == 0 and rk == #vs and denseK;
        why = why | "; the " | str(#vs) | " kernel fields have rank " | str rk | " at g0: <= " | str nK | " - " | str rk | " = " | str(nK - rk);
        upper = min(upper, nK - rk));
    claimedUpper := c#"upperBound";
    report(label | ": upper bound", k == nRel and all(eig, z -> z#0) and fieldsOk and relDense and claimedUpper === upper, why | "; claimed " | str claimedUpper);
    -- 4. lower bound: rank of d(delta)_W o T over QQ
    W0 := W;
    lowerRank := rankCols tangentCols(W0, xis);
    claimedLower := c#"lowerBound";
    report(label | ": lower bound", instance(claimedLower, ZZ) and claimedLower <= lowerRank,
        "rank over QQ of d(delta)_W o T is " | str lowerRank | " (" | str(#xis) | " directions of the Lie algebra); claimed " | str claimedLower);
    maxLowerRank = max(maxLowerRank, lowerRank);
    maxUpper = max(maxUpper, upper)));

report("restricted-dimension", claimHigh == maxUpper and claimLow <= maxLowerRank,
    "max proved upper bound " | str maxUpper | ", max rank over QQ of d(delta) o T " | str maxLowerRank | "; claimed "
    | (if claimRange then "between " | str claimLow | " and " | str claimHigh else "exactly " | str claimLow));
if allOk then << "dim cl delta(listed components) <= " << maxUpper << (if maxUpper < claimGeneric then " < " else " vs ") << claimGeneric << " <= dim cl delta(parameter space)" << endl;
if allOk then (<< "deeplin-m2: ALL CHECKS PASSED" << endl; exit 0) else (<< "deeplin-m2: FAILED" << endl; exit 1);
