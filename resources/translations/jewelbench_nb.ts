<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation>Sikkerhetskopier</translation>
        </message>
        <message>
            <source>Backups of {workspace}</source>
            <translation>Sikkerhetskopier av {workspace}</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Tatt</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Årsak</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Størrelse</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Innhold</translation>
        </message>
        <message>
            <source>No backups yet. jewelbench backs the workspace up every {minutes} minutes while it changes, and when you close it.</source>
            <translation>Ingen sikkerhetskopier ennå. jewelbench tar sikkerhetskopi av arbeidsområdet hvert {minutes}. minutt mens det endres, og når du lukker det.</translation>
        </message>
        <message>
            <source>Back Up Now</source>
            <translation>Ta sikkerhetskopi nå</translation>
        </message>
        <message>
            <source>Write a backup now, in the background: the window goes on working while it is written</source>
            <translation>Skriv en sikkerhetskopi nå, i bakgrunnen: vinduet kan brukes som vanlig mens den skrives</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Gjenopprett…</translation>
        </message>
        <message>
            <source>Show Folder</source>
            <translation>Vis mappe</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Behold</translation>
        </message>
        <message>
            <source>Back up a changed workspace every</source>
            <translation>Ta sikkerhetskopi av endret arbeidsområde hvert</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Always keep the newest</source>
            <translation>Behold alltid de nyeste</translation>
        </message>
        <message>
            <source>Then one a day for</source>
            <translation>Deretter én per dag i</translation>
        </message>
        <message>
            <source> days</source>
            <translation> dager</translation>
        </message>
        <message>
            <source>One a week for</source>
            <translation>Én per uke i</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> uker</translation>
        </message>
        <message>
            <source>One a month for</source>
            <translation>Én per måned i</translation>
        </message>
        <message>
            <source> months</source>
            <translation> måneder</translation>
        </message>
        <message>
            <source>Backups are kept in {folder}</source>
            <translation>Sikkerhetskopiene ligger i {folder}</translation>
        </message>
        <message>
            <source>Kept: {count}, newest first</source>
            <translation>Beholdt: {count}, nyeste først</translation>
        </message>
        <message>
            <source>cannot be read: {error}</source>
            <translation>kan ikke leses: {error}</translation>
        </message>
        <message>
            <source>The backup could not be taken.</source>
            <translation>Sikkerhetskopien kunne ikke tas.</translation>
        </message>
        <message>
            <source>Backing up in the background…</source>
            <translation>Tar sikkerhetskopi i bakgrunnen…</translation>
        </message>
        <message>
            <source>The last backup, {taken} ({size}), took {duration}.</source>
            <translation>Den siste sikkerhetskopien, {taken} ({size}), tok {duration}.</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>Gjenopprett sikkerhetskopi</translation>
        </message>
        <message>
            <source>Restore the backup taken {taken}?</source>
            <translation>Gjenopprette sikkerhetskopien tatt {taken}?</translation>
        </message>
        <message>
            <source>The workspace will hold exactly what the backup holds ({contents}). What it holds now is backed up first, so this too can be undone from this list.</source>
            <translation>Arbeidsområdet vil inneholde nøyaktig det sikkerhetskopien inneholder ({contents}). Det som er der nå, sikkerhetskopieres først, så også dette kan angres fra denne listen.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Gjenopprett</translation>
        </message>
        <message>
            <source>The backup could not be restored; the workspace is unchanged.</source>
            <translation>Sikkerhetskopien kunne ikke gjenopprettes; arbeidsområdet er uendret.</translation>
        </message>
    </context>
    <context>
        <name>BasisMarginPanel</name>
        <message>
            <source>Allocated</source>
            <translation>Fordelt</translation>
        </message>
        <message>
            <source>The design's share of the workshop's equipment, overheads and staff by bench minutes across the designs of its plan</source>
            <translation>Designets andel av verkstedets utstyr, faste kostnader og ansatte, fordelt etter benkeminutter på designene i planen</translation>
        </message>
        <message>
            <source>Incremental</source>
            <translation>Merkostnad</translation>
        </message>
        <message>
            <source>The workshop exists: only what this design adds (equipment marked for it, staff added for its hours)</source>
            <translation>Verkstedet finnes allerede: bare det dette designet legger til (utstyr merket for det, ansatte lagt til for timene det krever)</translation>
        </message>
        <message>
            <source>Stand-alone</source>
            <translation>Frittstående</translation>
        </message>
        <message>
            <source>A workshop for this design alone: every fixed cost</source>
            <translation>Et verksted bare for dette designet: alle faste kostnader</translation>
        </message>
        <message>
            <source>Which of the workshop's fixed costs one design carries</source>
            <translation>Hvilke av verkstedets faste kostnader ett design bærer</translation>
        </message>
        <message>
            <source>Fixed costs carried by:</source>
            <translation>Grunnlag for faste kostnader:</translation>
        </message>
        <message>
            <source>Wholesale price = retail × this, for designs without their own wholesale price (a setting of the workspace; 0.5 is the trade's keystone)</source>
            <translation>Engrospris = utsalgspris × dette, for design uten egen engrospris (en innstilling for arbeidsområdet; 0,5 tilsvarer bransjens vanlige dobling, «keystone»)</translation>
        </message>
        <message>
            <source>Wholesale = retail ×</source>
            <translation>Engrospris = utsalgspris ×</translation>
        </message>
        <message>
            <source>Margin</source>
            <translation>Margin</translation>
        </message>
        <message>
            <source>Set the wholesale factor to {factor}</source>
            <translation>Sett engrosfaktoren til {factor}</translation>
        </message>
        <message>
            <source>A plan carries its own total: the basis is for one design</source>
            <translation>En plan har sin egen sum: grunnlaget gjelder ett design</translation>
        </message>
        <message>
            <source>⚠ … and {count} more designs lose money (see the margin lines)</source>
            <translation>⚠ … og {count} design til taper penger (se marginlinjene)</translation>
        </message>
        <message>
            <source>Margin at {volume} pieces a year, against the wholesale price:</source>
            <translation>Margin ved {volume} stykk per år, mot engrosprisen:</translation>
        </message>
        <message>
            <source>… and {count} more designs: `jewelbench compare` and the workbook list every one</source>
            <translation>… og {count} design til: `jewelbench compare` og regnearket viser alle</translation>
        </message>
        <message>
            <source>{design}: no wholesale price ({wholesale_from})</source>
            <translation>{design}: ingen engrospris ({wholesale_from})</translation>
        </message>
        <message>
            <source>{design}: wholesale {wholesale} ({wholesale_from})</source>
            <translation>{design}: engros {wholesale} ({wholesale_from})</translation>
        </message>
        <message>
            <source>, retail {retail}</source>
            <translation>, utsalg {retail}</translation>
        </message>
        <message>
            <source>{route} {cost_per_piece} a piece</source>
            <translation>{route} {cost_per_piece} per stykk</translation>
        </message>
        <message>
            <source>: margin {margin}</source>
            <translation>: margin {margin}</translation>
        </message>
        <message>
            <source>, markup {markup_pct}</source>
            <translation>, påslag {markup_pct}</translation>
        </message>
        <message>
            <source> — loses money</source>
            <translation> — taper penger</translation>
        </message>
    </context>
    <context>
        <name>BomSection</name>
        <message>
            <source>None yet: use Add to enter the first.</source>
            <translation>Ingen ennå: bruk Legg til for å legge inn den første.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Legg til</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <source>Remove the selected line (undoable)</source>
            <translation>Fjern den valgte linjen (kan angres)</translation>
        </message>
        <message>
            <source>Add a line</source>
            <translation>Legg til en linje</translation>
        </message>
        <message>
            <source>Remove a line</source>
            <translation>Fjern en linje</translation>
        </message>
        <message>
            <source>Change {what}</source>
            <translation>Endre {what}</translation>
        </message>
    </context>
    <context>
        <name>BrandDialog</name>
        <message>
            <source>Brand Profile</source>
            <translation>Merkevareprofil</translation>
        </message>
        <message>
            <source>Printed on every new tech pack; issued revisions keep the brand they were issued with.</source>
            <translation>Skrives ut på hver nye tech pack; utstedte revisjoner beholder merkevaren de ble utstedt med.</translation>
        </message>
        <message>
            <source>Your brand, as a factory should read it</source>
            <translation>Merkevaren din, slik en fabrikk skal lese den</translation>
        </message>
        <message>
            <source>Street, town, postcode, country — and how the factory reaches you</source>
            <translation>Gate, postnummer, sted, land — og hvordan fabrikken når deg</translation>
        </message>
        <message>
            <source>Choose &amp;Logo…</source>
            <translation>Velg &amp;logo…</translation>
        </message>
        <message>
            <source>Use an image file as the brand logo</source>
            <translation>Bruk en bildefil som logo for merkevaren</translation>
        </message>
        <message>
            <source>&amp;Remove Logo</source>
            <translation>&amp;Fjern logo</translation>
        </message>
        <message>
            <source>Print tech packs without a logo (undoable)</source>
            <translation>Skriv ut tech packer uten logo (kan angres)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Navn:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adresse:</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>Logo:</translation>
        </message>
        <message>
            <source>This workspace is open read-only.</source>
            <translation>Dette arbeidsområdet er åpnet skrivebeskyttet.</translation>
        </message>
        <message>
            <source>No logo yet.
Drop an image file here, or use Choose Logo…

{formats} up to {most} MB. A wide logo on a transparent background prints best.</source>
            <translation>Ingen logo ennå.
Slipp en bildefil her, eller bruk Velg logo…

{formats} på opptil {most} MB. En bred logo på gjennomsiktig bakgrunn gir best utskrift.</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Ingen logo</translation>
        </message>
        <message>
            <source>The stored logo cannot be shown: {error}.</source>
            <translation>Den lagrede logoen kan ikke vises: {error}.</translation>
        </message>
        <message>
            <source>{kind} · {width} × {height} px · {count}</source>
            <translation>{kind} · {width} × {height} px · {count}</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Ikke lagret: {reason}</translation>
        </message>
        <message>
            <source>Saved. It prints on every new tech pack.</source>
            <translation>Lagret. Den skrives ut på hver nye tech pack.</translation>
        </message>
        <message>
            <source>Change brand name</source>
            <translation>Endre merkevarenavn</translation>
        </message>
        <message>
            <source>Change brand address</source>
            <translation>Endre merkevareadresse</translation>
        </message>
        <message>
            <source>Choose Logo</source>
            <translation>Velg logo</translation>
        </message>
        <message>
            <source>Change brand logo</source>
            <translation>Endre merkevarelogo</translation>
        </message>
        <message>
            <source>“{file}” is the logo now. It prints on every new tech pack.</source>
            <translation>«{file}» er nå logoen. Den skrives ut på hver nye tech pack.</translation>
        </message>
        <message>
            <source>“{file}” was not used as the logo: {why}.</source>
            <translation>«{file}» ble ikke brukt som logo: {why}.</translation>
        </message>
        <message>
            <source>Remove brand logo</source>
            <translation>Fjern merkevarelogo</translation>
        </message>
    </context>
    <context>
        <name>BreakdownChart</name>
        <message>
            <source>Point at a part of a bar to read it; click it to see how it is made.</source>
            <translation>Pek på en del av en søyle for å lese den; klikk på den for å se hvordan den er regnet ut.</translation>
        </message>
        <message>
            <source>Cost per piece by component</source>
            <translation>Kostnad per stykk fordelt på kostnadsdeler</translation>
        </message>
        <message>
            <source>Cost per piece ({currency})</source>
            <translation>Kostnad per stykk ({currency})</translation>
        </message>
        <message>
            <source>In-house</source>
            <translation>Egenproduksjon</translation>
        </message>
        <message>
            <source>Cost per piece at {volume} pieces a year, by component</source>
            <translation>Kostnad per stykk ved {volume} stykk per år, fordelt på kostnadsdeler</translation>
        </message>
        <message>
            <source>{name} — {component}: {figure}</source>
            <translation>{name} — {component}: {figure}</translation>
        </message>
    </context>
    <context>
        <name>CalloutCanvas</name>
        <message>
            <source>Picture with callouts</source>
            <translation>Bilde med henvisninger</translation>
        </message>
    </context>
    <context>
        <name>CalloutsTab</name>
        <message>
            <source>&amp;Picture:</source>
            <translation>&amp;Bilde:</translation>
        </message>
        <message>
            <source>Callouts</source>
            <translation>Henvisninger</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>What the factory should look at here</source>
            <translation>Hva fabrikken bør se på her</translation>
        </message>
        <message>
            <source>X %</source>
            <translation>X %</translation>
        </message>
        <message>
            <source>Across the picture from its left edge, 0–100</source>
            <translation>Bortover bildet fra venstre kant, 0–100</translation>
        </message>
        <message>
            <source>Y %</source>
            <translation>Y %</translation>
        </message>
        <message>
            <source>Down the picture from its top edge, 0–100</source>
            <translation>Nedover bildet fra øvre kant, 0–100</translation>
        </message>
        <message>
            <source>No callouts on this picture yet: click the picture where the factory should look, or use Add.</source>
            <translation>Ingen henvisninger på dette bildet ennå: klikk på bildet der fabrikken skal se, eller bruk Legg til.</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Legg til</translation>
        </message>
        <message>
            <source>Add a callout in the middle of the picture, then type its label</source>
            <translation>Legg til en henvisning midt på bildet, og skriv så teksten</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>F&amp;jern</translation>
        </message>
        <message>
            <source>Remove the selected callout (Delete on the picture)</source>
            <translation>Fjern den valgte henvisningen (Delete på bildet)</translation>
        </message>
        <message>
            <source>Callouts on this picture (numbered as printed):</source>
            <translation>Henvisninger på dette bildet (nummerert som på utskriften):</translation>
        </message>
        <message>
            <source>Revision {revision} was issued without images, so it has no callouts.</source>
            <translation>Revisjon {revision} ble utstedt uten bilder, så den har ingen henvisninger.</translation>
        </message>
        <message>
            <source>This design has no images yet. Add images in the design editor first: callouts are drawn on them.</source>
            <translation>Dette designet har ingen bilder ennå. Legg først til bilder i designredigeringen: henvisningene tegnes på dem.</translation>
        </message>
        <message>
            <source>Image {number}</source>
            <translation>Bilde {number}</translation>
        </message>
        <message>
            <source>{caption} (cover)</source>
            <translation>{caption} (hovedbilde)</translation>
        </message>
        <message>
            <source>1 callout</source>
            <translation>1 henvisning</translation>
        </message>
        <message>
            <source>{count} callouts</source>
            <translation>{count} henvisninger</translation>
        </message>
        <message>
            <source>This image cannot be shown.</source>
            <translation>Dette bildet kan ikke vises.</translation>
        </message>
        <message>
            <source>This image cannot be shown: {error}</source>
            <translation>Dette bildet kan ikke vises: {error}</translation>
        </message>
        <message>
            <source>Click the picture to add a callout there; drag a marker to move it. The table edits labels and positions from the keyboard.</source>
            <translation>Klikk på bildet for å legge til en henvisning der; dra et merke for å flytte det. I tabellen kan du endre tekster og posisjoner med tastaturet.</translation>
        </message>
        <message>
            <source>Read-only: the callouts as this revision was issued.</source>
            <translation>Skrivebeskyttet: henvisningene slik de var da revisjonen ble utstedt.</translation>
        </message>
        <message>
            <source>Callout {number}</source>
            <translation>Henvisning {number}</translation>
        </message>
        <message>
            <source>Add callout</source>
            <translation>Legg til henvisning</translation>
        </message>
        <message>
            <source>Select a callout to remove first.</source>
            <translation>Velg først en henvisning du vil fjerne.</translation>
        </message>
        <message>
            <source>Remove callout</source>
            <translation>Fjern henvisning</translation>
        </message>
        <message>
            <source>Move callout {number}</source>
            <translation>Flytt henvisning {number}</translation>
        </message>
        <message>
            <source>Rename callout {number}</source>
            <translation>Endre teksten på henvisning {number}</translation>
        </message>
    </context>
    <context>
        <name>CashChart</name>
        <message>
            <source>Point at a line to read the cash paid by that month; click it to see the payments.</source>
            <translation>Pek på en linje for å lese hva som er betalt til og med den måneden; klikk på den for å se betalingene.</translation>
        </message>
        <message>
            <source>Cumulative cash over 36 months</source>
            <translation>Akkumulert kontantstrøm over 36 måneder</translation>
        </message>
        <message>
            <source>Month (0: before production starts)</source>
            <translation>Måned (0: før produksjonen starter)</translation>
        </message>
        <message>
            <source>Cash paid so far ({currency})</source>
            <translation>Utbetalt så langt ({currency})</translation>
        </message>
        <message>
            <source>In-house</source>
            <translation>Egenproduksjon</translation>
        </message>
        <message>
            <source>Cash paid out, month by month, at {volume} pieces a year</source>
            <translation>Utbetalinger måned for måned ved {volume} stk. per år</translation>
        </message>
        <message>
            <source>{name}, month {month}: {figure} paid so far ({monthly} that month)</source>
            <translation>{name}, måned {month}: {figure} utbetalt så langt ({monthly} den måneden)</translation>
        </message>
    </context>
    <context>
        <name>CashSummary</name>
        <message>
            <source>Present value: Σ the cash paid in month t ÷ (1 + cost of capital ÷ 12)^t, month 0 undiscounted. Payback: the month from which the cumulative cash that is lower at the last month stays lower. The cost of capital is the scenario's (Recovery, Capital, Benches).</source>
            <translation>Nåverdi: Σ kontantbeløpet betalt i måned t ÷ (1 + kapitalkostnad ÷ 12)^t, måned 0 ikke diskontert. Tilbakebetaling: måneden der den akkumulerte kontantstrømmen som er lavere i siste måned, blir lavere og forblir det. Kapitalkostnaden er scenarioets (Gjenvinning, kapital, benker).</translation>
        </message>
        <message>
            <source>{route} {present_value}</source>
            <translation>{route} {present_value}</translation>
        </message>
        <message>
            <source>Cash over {months} months, present value at {rate} a year: {routes}</source>
            <translation>Kontantstrøm over {months} måneder, nåverdi ved {rate} per år: {routes}</translation>
        </message>
    </context>
    <context>
        <name>Chart</name>
        <message>
            <source>Export as PNG…</source>
            <translation>Eksporter som PNG…</translation>
        </message>
        <message>
            <source>Export as SVG…</source>
            <translation>Eksporter som SVG…</translation>
        </message>
        <message>
            <source>Nothing to draw yet.</source>
            <translation>Ingenting å tegne ennå.</translation>
        </message>
        <message>
            <source>jewelbench cost comparison</source>
            <translation>Kostnadssammenligning fra jewelbench</translation>
        </message>
    </context>
    <context>
        <name>ChartTabs</name>
        <message>
            <source>&amp;Total vs volume</source>
            <translation>&amp;Totalt mot volum</translation>
        </message>
        <message>
            <source>Cash over 3&amp;6 months</source>
            <translation>Kontantstrøm over 3&amp;6 måneder</translation>
        </message>
        <message>
            <source>Per-piece &amp;breakdown</source>
            <translation>Fordeling per &amp;stykk</translation>
        </message>
        <message>
            <source>Sensitivit&amp;y</source>
            <translation>&amp;Følsomhet</translation>
        </message>
        <message>
            <source>PNG…</source>
            <translation>PNG…</translation>
        </message>
        <message>
            <source>Export the chart shown as a PNG image</source>
            <translation>Eksporter diagrammet som vises, som PNG-bilde</translation>
        </message>
        <message>
            <source>SVG…</source>
            <translation>SVG…</translation>
        </message>
        <message>
            <source>Export the chart shown as an SVG drawing</source>
            <translation>Eksporter diagrammet som vises, som SVG-tegning</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Eksporter</translation>
        </message>
    </context>
    <context>
        <name>ComparisonControls</name>
        <message>
            <source> pcs</source>
            <translation> stk.</translation>
        </message>
        <message>
            <source>Pieces a year; for a collection, the plan's mix is kept in whole pieces of each design (largest remainder)</source>
            <translation>Stykk per år; for en kolleksjon holdes planens fordeling i hele stykk av hvert design (største rest)</translation>
        </message>
        <message>
            <source>Drag, or use the arrow and Page keys: 1 to 20,000 pieces a year</source>
            <translation>Dra, eller bruk pil- og Page-tastene: 1 til 20 000 stk. per år</translation>
        </message>
        <message>
            <source>Every metal price this much above (+) or below (−) the price dated on or before the costing date</source>
            <translation>Hver metallpris så mye over (+) eller under (−) prisen som er datert på eller før kalkyledatoen</translation>
        </message>
        <message>
            <source>Every foreign currency this much dearer (+) or cheaper (−) in the base currency than on the costing date</source>
            <translation>Hver utenlandsk valuta så mye dyrere (+) eller billigere (−) i basisvalutaen enn på kalkyledatoen</translation>
        </message>
        <message>
            <source>Share of in-house pieces that fail QC and are made again (must stay below 100 %)</source>
            <translation>Andelen stykk i egenproduksjon som ikke består QC og må lages på nytt (må være under 100 %)</translation>
        </message>
        <message>
            <source>0 to 60 % in half-percent steps; type a value in the box for more</source>
            <translation>0 til 60 % i steg på et halvt prosentpoeng; skriv inn en verdi i feltet for mer</translation>
        </message>
        <message>
            <source>Vol&amp;ume a year</source>
            <translation>&amp;Volum per år</translation>
        </message>
        <message>
            <source>&amp;Metal price change</source>
            <translation>Endring i &amp;metallpris</translation>
        </message>
        <message>
            <source>F&amp;X change</source>
            <translation>Valutaendr&amp;ing</translation>
        </message>
        <message>
            <source>In-house error r&amp;ate</source>
            <translation>Feil&amp;andel i egenproduksjon</translation>
        </message>
        <message>
            <source>&amp;Reset what-ifs</source>
            <translation>Tilbakestill &amp;hva-om</translation>
        </message>
        <message>
            <source>Metal and FX back to the dated prices, the error rate back to the scenario's</source>
            <translation>Metall og valuta tilbake til de daterte prisene, feilandelen tilbake til scenarioets</translation>
        </message>
        <message>
            <source>The scenario's error rate is {rate} %</source>
            <translation>Scenarioets feilandel er {rate} %</translation>
        </message>
    </context>
    <context>
        <name>ComparisonView</name>
        <message>
            <source>Prices and FX rates are the newest on or before this date; quotes must be valid on it</source>
            <translation>Priser og valutakurser er de nyeste på eller før denne datoen; tilbudene må være gyldige på den</translation>
        </message>
        <message>
            <source>Pla&amp;ns</source>
            <translation>&amp;Planer</translation>
        </message>
        <message>
            <source>New Plan…</source>
            <translation>Ny plan…</translation>
        </message>
        <message>
            <source>Edit This Plan…</source>
            <translation>Rediger denne planen…</translation>
        </message>
        <message>
            <source>Delete This Plan…</source>
            <translation>Slett denne planen…</translation>
        </message>
        <message>
            <source>&amp;Landed Costs…</source>
            <translation>&amp;Levert kostpris…</translation>
        </message>
        <message>
            <source>Each supplier's duty, freight, insurance, inspection, FX buffer and defect allowance</source>
            <translation>Hver leverandørs toll, frakt, forsikring, inspeksjon, valutabuffer og kassasjonsandel</translation>
        </message>
        <message>
            <source>Pricing</source>
            <translation>Beregner priser</translation>
        </message>
        <message>
            <source>&amp;Design or plan</source>
            <translation>&amp;Design eller plan</translation>
        </message>
        <message>
            <source>&amp;In-house</source>
            <translation>&amp;Egenproduksjon</translation>
        </message>
        <message>
            <source>&amp;On</source>
            <translation>Dat&amp;o</translation>
        </message>
        <message>
            <source>What if</source>
            <translation>Hva-om</translation>
        </message>
        <message>
            <source>Choose a design or a collection plan to compare.</source>
            <translation>Velg et design eller en kolleksjonsplan å sammenligne.</translation>
        </message>
        <message>
            <source>There is no in-house scenario to compare with yet: make one under Scenarios &amp; Prices (New Scenario…).</source>
            <translation>Det finnes ennå ikke noe scenario for egenproduksjon å sammenligne med: lag et under Scenarioer &amp; priser (Nytt scenario…).</translation>
        </message>
        <message>
            <source>Pricing {setup}…</source>
            <translation>Beregner {setup}…</translation>
        </message>
        <message>
            <source>Cannot compute the costs:</source>
            <translation>Kan ikke beregne kostnadene:</translation>
        </message>
        <message>
            <source>Enter what is missing (Enter Prices…, or Costs ▸ Update Prices…), or pick another costing date.</source>
            <translation>Legg inn det som mangler (Legg inn priser…, eller Kostnader ▸ Oppdater priser…), eller velg en annen kalkyledato.</translation>
        </message>
        <message>
            <source>Add what is missing under Scenarios &amp; Prices, or pick another costing date.</source>
            <translation>Legg til det som mangler under Scenarioer &amp; priser, eller velg en annen kalkyledato.</translation>
        </message>
        <message>
            <source>Nothing to draw: the costs cannot be computed.</source>
            <translation>Ingenting å tegne: kostnadene kan ikke beregnes.</translation>
        </message>
        <message>
            <source>Why there is nothing to show</source>
            <translation>Hvorfor det ikke er noe å vise</translation>
        </message>
        <message>
            <source>In-house: {total} a year, {per_piece} a piece</source>
            <translation>Egenproduksjon: {total} per år, {per_piece} per stykk</translation>
        </message>
        <message>
            <source>{route}: {total} a year, {per_piece} a piece</source>
            <translation>{route}: {total} per år, {per_piece} per stykk</translation>
        </message>
        <message>
            <source>No valid quote to compare with.</source>
            <translation>Ingen gyldige tilbud å sammenligne med.</translation>
        </message>
        <message>
            <source>{count} designs; planned {total_volume} pieces a year, costed at {volume} in the plan's mix</source>
            <translation>{count} design; planlagt {total_volume} stykk per år, kalkulert ved {volume} med planens fordeling</translation>
        </message>
        <message>
            <source>bought in {orders_per_year} orders a year: MOQ, tiers and minimum order value apply to each order</source>
            <translation>kjøpt inn i {orders_per_year} bestillinger per år: MOQ, pristrinn og minste ordreverdi gjelder for hver bestilling</translation>
        </message>
        <message>
            <source>In-house</source>
            <translation>Egenproduksjon</translation>
        </message>
        <message>
            <source>{name}  ✓ cheapest</source>
            <translation>{name}  ✓ billigst</translation>
        </message>
        <message>
            <source>{route} against in-house</source>
            <translation>{route} mot egenproduksjon</translation>
        </message>
        <message>
            <source>Left out: {what}</source>
            <translation>Utelatt: {what}</translation>
        </message>
        <message>
            <source>Scenario “{scenario}” lists no equipment: in-house counts no equipment cost. Add the equipment in its editor if it needs any.</source>
            <translation>Scenarioet «{scenario}» har ikke noe utstyr: egenproduksjonen regner ingen utstyrskostnad. Legg til utstyret i scenarioredigeringen hvis det trengs.</translation>
        </message>
        <message>
            <source>{route}: {note}</source>
            <translation>{route}: {note}</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more (point here to read them all)</source>
            <translation>
                <numerusform>… og %n til (hold pekeren her for å lese den)</numerusform>
                <numerusform>… og %n til (hold pekeren her for å lese alle)</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}, a year at {volume} pieces</source>
            <translation>{name}, ett år ved {volume} stykk</translation>
        </message>
        <message>
            <source>{name}, a piece at {volume} pieces a year</source>
            <translation>{name}, per stykk ved {volume} stykk per år</translation>
        </message>
        <message>
            <source>Break-even against {route}</source>
            <translation>Nullpunkt mot {route}</translation>
        </message>
        <message>
            <source>{code} in the plan</source>
            <translation>{code} i planen</translation>
        </message>
        <message>
            <source>Not exported: {error}</source>
            <translation>Ikke eksportert: {error}</translation>
        </message>
        <message>
            <source>Exported “{file}”.</source>
            <translation>Eksporterte «{file}».</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG-bilde (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>SVG-tegning (*.svg)</translation>
        </message>
        <message>
            <source>Export Chart</source>
            <translation>Eksporter diagram</translation>
        </message>
    </context>
    <context>
        <name>ComplianceTab</name>
        <message>
            <source>Other compliance notes, one per line</source>
            <translation>Andre merknader om regelverk, én per linje</translation>
        </message>
        <message>
            <source>Standard notes (tick those that apply):</source>
            <translation>Standardmerknader (kryss av for dem som gjelder):</translation>
        </message>
        <message>
            <source>Other notes:</source>
            <translation>Andre merknader:</translation>
        </message>
        <message>
            <source>compliance notes</source>
            <translation>merknader om regelverk</translation>
        </message>
    </context>
    <context>
        <name>CostsView</name>
        <message>
            <source>In-house scenarios</source>
            <translation>Scenarioer for egenproduksjon</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Equipment (CapEx)</source>
            <translation>Utstyr (investering)</translation>
        </message>
        <message>
            <source>Depreciation / year</source>
            <translation>Avskrivning / år</translation>
        </message>
        <message>
            <source>Fixed cost / month</source>
            <translation>Fast kostnad / måned</translation>
        </message>
        <message>
            <source>Overheads and salaried staff</source>
            <translation>Faste kostnader og fastlønnede ansatte</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Ansatte</translation>
        </message>
        <message>
            <source>Loaded rate / h</source>
            <translation>Timesats med påslag</translation>
        </message>
        <message>
            <source>Casting loss</source>
            <translation>Støpesvinn</translation>
        </message>
        <message>
            <source>Error rate</source>
            <translation>Feilandel</translation>
        </message>
        <message>
            <source>No in-house scenario yet: use New Scenario to start from the seed's figures and compare making pieces yourself with buying them.</source>
            <translation>Ingen scenario for egenproduksjon ennå: bruk Nytt scenario for å starte fra de innebygde standardtallene og sammenligne det å lage smykkene selv med å kjøpe dem ferdige.</translation>
        </message>
        <message>
            <source>Delete Scenario</source>
            <translation>Slett scenario</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Sammenlign</translation>
        </message>
        <message>
            <source>Scenarios &amp;&amp; &amp;Prices</source>
            <translation>Scenarioer &amp;&amp; &amp;priser</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Rediger…</translation>
        </message>
        <message>
            <source>Open the selected scenario's equipment, overheads, staff, labour and rates (Ctrl+E)</source>
            <translation>Åpne utstyr, faste kostnader, ansatte, arbeid og satser for det valgte scenarioet (Ctrl+E)</translation>
        </message>
        <message>
            <source>New Scenario…</source>
            <translation>Nytt scenario…</translation>
        </message>
        <message>
            <source>Start a scenario empty or from the seed's low, mid or high figures</source>
            <translation>Start et scenario tomt eller fra de innebygde lave, middels eller høye tallene</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dupliser</translation>
        </message>
        <message>
            <source>Copy the selected scenario, every row of it, under a new name (undoable)</source>
            <translation>Kopier det valgte scenarioet, med alle rader, under et nytt navn (kan angres)</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Slett…</translation>
        </message>
        <message>
            <source>Delete the selected scenario (asks first; undoable)</source>
            <translation>Slett det valgte scenarioet (spør først; kan angres)</translation>
        </message>
        <message>
            <source>{count}, base currency {base_currency}</source>
            <translation>{count}, basisvaluta {base_currency}</translation>
        </message>
        <message>
            <source>1 scenario</source>
            <translation>1 scenario</translation>
        </message>
        <message>
            <source>{count} scenarios</source>
            <translation>{count} scenarioer</translation>
        </message>
        <message>
            <source>New scenario {scenario}</source>
            <translation>Nytt scenario {scenario}</translation>
        </message>
        <message>
            <source>Duplicate as {scenario}</source>
            <translation>Dupliser som {scenario}</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Ikke lagret: {reason}</translation>
        </message>
        <message>
            <source>Saved “{scenario}”.</source>
            <translation>Lagret «{scenario}».</translation>
        </message>
        <message>
            <source>Delete scenario</source>
            <translation>Slett scenario</translation>
        </message>
        <message>
            <source>Delete the scenario “{scenario}”?</source>
            <translation>Slette scenarioet «{scenario}»?</translation>
        </message>
        <message>
            <source>Its {equipment} pieces of equipment, {overheads} overheads, {staff} staff roles and {labour} labour times go with it. Edit ▸ Undo brings all of it back.</source>
            <translation>Scenarioets {equipment} utstyrsenheter, {overheads} faste kostnader, {staff} roller og {labour} arbeidstider slettes sammen med det. Rediger ▸ Angre henter alt tilbake.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>Delete scenario {name}</source>
            <translation>Slett scenario {name}</translation>
        </message>
        <message>
            <source>Not deleted: {reason}</source>
            <translation>Ikke slettet: {reason}</translation>
        </message>
        <message>
            <source>Deleted “{name}”. Edit ▸ Undo brings it back.</source>
            <translation>Slettet «{name}». Rediger ▸ Angre henter det tilbake.</translation>
        </message>
    </context>
    <context>
        <name>CountryBox</name>
        <message>
            <source>Two-letter code, e.g. IT</source>
            <translation>Landkode på to bokstaver, f.eks. IT</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation>Noe gikk galt</translation>
        </message>
        <message>
            <source>Show Details</source>
            <translation>Vis detaljer</translation>
        </message>
        <message>
            <source>Copy Details</source>
            <translation>Kopier detaljer</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Kopiert</translation>
        </message>
        <message>
            <source>Hide Details</source>
            <translation>Skjul detaljer</translation>
        </message>
    </context>
    <context>
        <name>CsvExportDialog</name>
        <message>
            <source>Export CSV Tables</source>
            <translation>Eksporter CSV-tabeller</translation>
        </message>
        <message>
            <source>Each table becomes its own .csv file in the folder you choose, for Excel, LibreOffice or an accounting program. Files of the same name are replaced.</source>
            <translation>Hver tabell blir en egen .csv-fil i mappen du velger, for Excel, LibreOffice eller et regnskapsprogram. Filer med samme navn blir erstattet.</translation>
        </message>
        <message>
            <source>Tables to export</source>
            <translation>Tabeller som skal eksporteres</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>Merk &amp;alle</translation>
        </message>
        <message>
            <source>Select &amp;None</source>
            <translation>Merk &amp;ingen</translation>
        </message>
        <message>
            <source>Comma ( , )</source>
            <translation>Komma ( , )</translation>
        </message>
        <message>
            <source>Semicolon ( ; ): Excel in most of Europe</source>
            <translation>Semikolon ( ; ): Excel i det meste av Europa</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tabulator</translation>
        </message>
        <message>
            <source>Point: 1234.50 (read the same everywhere)</source>
            <translation>Punktum: 1234.50 (leses likt overalt)</translation>
        </message>
        <message>
            <source>Comma: 1234,50 (as your spreadsheet writes numbers)</source>
            <translation>Komma: 1234,50 (slik regnearket ditt skriver tall)</translation>
        </message>
        <message>
            <source>Start each file with a &amp;byte-order mark (Excel on Windows then reads accents and symbols right)</source>
            <translation>Start hver fil med et &amp;BOM-merke (byte order mark; da leser Excel på Windows aksenter og symboler riktig)</translation>
        </message>
        <message>
            <source>Bro&amp;wse…</source>
            <translation>Bla &amp;gjennom…</translation>
        </message>
        <message>
            <source>&amp;Delimiter:</source>
            <translation>&amp;Skilletegn:</translation>
        </message>
        <message>
            <source>Decimal &amp;point:</source>
            <translation>&amp;Desimaltegn:</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Mappe:</translation>
        </message>
        <message>
            <source>Dates are written as 2026-03-31; amounts without a currency sign, the currency in its own column. Text that a spreadsheet would run as a formula (=, +, -, @) starts with an apostrophe.</source>
            <translation>Datoer skrives som 2026-03-31; beløp uten valutategn, med valutaen i en egen kolonne. Tekst som et regneark ville tolket som en formel (=, +, -, @), begynner med en apostrof.</translation>
        </message>
        <message>
            <source>Column names stay in English in every language, so a program or a saved query that reads them keeps working.</source>
            <translation>Kolonnenavnene er på engelsk på alle språk, slik at et program eller en lagret spørring som leser dem, fortsatt virker.</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Eksporter</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <source>&amp;Tables:</source>
            <translation>&amp;Tabeller:</translation>
        </message>
        <message>
            <source>Designs</source>
            <translation>Design</translation>
        </message>
        <message>
            <source>Bill of materials (one row per line)</source>
            <translation>Materialliste (én rad per linje)</translation>
        </message>
        <message>
            <source>Suppliers</source>
            <translation>Leverandører</translation>
        </message>
        <message>
            <source>Quotes (one row per price tier)</source>
            <translation>Tilbud (én rad per pristrinn)</translation>
        </message>
        <message>
            <source>Development fees</source>
            <translation>Utviklingsgebyrer</translation>
        </message>
        <message>
            <source>Requests for quotation</source>
            <translation>Forespørsler om tilbud</translation>
        </message>
        <message>
            <source>Sample rounds</source>
            <translation>Prøverunder</translation>
        </message>
        <message>
            <source>Metal prices</source>
            <translation>Metallpriser</translation>
        </message>
        <message>
            <source>FX rates</source>
            <translation>Valutakurser</translation>
        </message>
        <message>
            <source>In-house scenarios</source>
            <translation>Scenarioer for egenproduksjon</translation>
        </message>
        <message>
            <source>Scenario equipment, overheads, staff and labour</source>
            <translation>Utstyr, faste kostnader, ansatte og arbeid i scenarioene</translation>
        </message>
        <message>
            <source>Collection plans (one row per design)</source>
            <translation>Kolleksjonsplaner (én rad per design)</translation>
        </message>
        <message>
            <source>Landed-cost terms (one row per supplier)</source>
            <translation>Vilkår for levert kostpris (én rad per leverandør)</translation>
        </message>
        <message>
            <source>Tick at least one table.</source>
            <translation>Kryss av for minst én tabell.</translation>
        </message>
        <message>
            <source>Folder for the CSV files</source>
            <translation>Mappe for CSV-filene</translation>
        </message>
        <message>
            <source>Writing the CSV files…</source>
            <translation>Skriver CSV-filene…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Writing {done} of {total}: {title}</source>
            <translation>Skriver {done} av {total}: {title}</translation>
        </message>
        <message>
            <source>Cancelled: no file was written.</source>
            <translation>Avbrutt: ingen fil ble skrevet.</translation>
        </message>
        <message>
            <source>Not exported: {error}</source>
            <translation>Ikke eksportert: {error}</translation>
        </message>
        <message>
            <source>Wrote 1 file to {folder}.</source>
            <translation>Skrev 1 fil til {folder}.</translation>
        </message>
        <message>
            <source>Wrote {count} files to {folder}.</source>
            <translation>Skrev {count} filer til {folder}.</translation>
        </message>
    </context>
    <context>
        <name>CustomsGroup</name>
        <message>
            <source>Your imports (every supplier)</source>
            <translation>Din import (alle leverandører)</translation>
        </message>
        <message>
            <source>(not set: CIF assumed)</source>
            <translation>(ikke valgt: CIF forutsettes)</translation>
        </message>
        <message>
            <source>The country you import into: it decides what duty is charged on (CIF: EU, UK, Norway, Switzerland, Japan, China …; FOB: US, Canada, Australia, New Zealand) for each supplier that follows it, and the standard import VAT rate. Type a two-letter code for another country.</source>
            <translation>Landet du importerer til: det avgjør hva tollen beregnes av (CIF: EU, Storbritannia, Norge, Sveits, Japan, Kina …; FOB: USA, Canada, Australia, New Zealand) for hver leverandør som følger det, og standardsatsen for import-MVA. Skriv en kode på to bokstaver for et annet land.</translation>
        </message>
        <message>
            <source>Import VAT</source>
            <translation>Import-MVA</translation>
        </message>
        <message>
            <source>% of customs value + duty + inland freight (+ freight and insurance to the border on a FOB basis); empty: the country's standard rate</source>
            <translation>% av tollverdi + toll + innenlands frakt (+ frakt og forsikring til grensen ved FOB-grunnlag); tomt: landets standardsats</translation>
        </message>
        <message>
            <source>VAT-re&amp;gistered: import VAT is reclaimed</source>
            <translation>MVA-re&amp;gistrert: import-MVA fradragsføres</translation>
        </message>
        <message>
            <source>Registered: the import VAT is paid at the border and deducted in your next VAT return (cash, not a cost). Not registered: it is a cost of every route.</source>
            <translation>Registrert: import-MVA betales ved grensen og fradragsføres i neste MVA-melding (likviditet, ikke en kostnad). Ikke registrert: den er en kostnad for alle alternativer.</translation>
        </message>
        <message>
            <source>Importing c&amp;ountry:</source>
            <translation>Importlan&amp;d:</translation>
        </message>
        <message>
            <source>Import &amp;VAT:</source>
            <translation>Import-&amp;MVA:</translation>
        </message>
        <message>
            <source>{rate} % (the country's rate)</source>
            <translation>{rate} % (landets sats)</translation>
        </message>
        <message>
            <source>0 %</source>
            <translation>0 %</translation>
        </message>
        <message>
            <source>“{country}” is not a country: pick one, or type its two-letter code (NO, GB, US …)</source>
            <translation>«{country}» er ikke et land: velg et, eller skriv landskoden på to bokstaver (NO, GB, US …)</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Ikke lagret: {reason}</translation>
        </message>
        <message>
            <source>Customs: importing country and import VAT</source>
            <translation>Toll: importland og import-MVA</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Lagret.</translation>
        </message>
    </context>
    <context>
        <name>DemoWriter</name>
        <message>
            <source>Writing a fresh demo workspace…</source>
            <translation>Skriver et nytt demoarbeidsområde…</translation>
        </message>
        <message>
            <source>Open Demo Workspace</source>
            <translation>Åpne demoarbeidsområde</translation>
        </message>
    </context>
    <context>
        <name>DesignEditor</name>
        <message>
            <source>&amp;Specs</source>
            <translation>&amp;Spesifikasjoner</translation>
        </message>
        <message>
            <source>&amp;Bill of Materials</source>
            <translation>&amp;Materialliste</translation>
        </message>
        <message>
            <source>&amp;Images</source>
            <translation>&amp;Bilder</translation>
        </message>
        <message>
            <source>Codes are fixed once a design exists; duplicate it to use another code.</source>
            <translation>Koden ligger fast når et design er opprettet; dupliser det for å bruke en annen kode.</translation>
        </message>
        <message>
            <source>name</source>
            <translation>navn</translation>
        </message>
        <message>
            <source>collection</source>
            <translation>kolleksjon</translation>
        </message>
        <message>
            <source>category</source>
            <translation>kategori</translation>
        </message>
        <message>
            <source>What a retailer pays you a piece; empty: the retail price × the workspace's wholesale factor (Make or Buy sets each route's cost against it)</source>
            <translation>Hva en forhandler betaler deg per stykk; tomt: utsalgsprisen × arbeidsområdets engrosfaktor (Lage selv eller kjøpe stiller hvert alternativs kostnad opp mot den)</translation>
        </message>
        <message>
            <source>What the piece is, who it is for, what matters in making it.</source>
            <translation>Hva smykket er, hvem det er for, hva som er viktig når det lages.</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Kode:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Navn:</translation>
        </message>
        <message>
            <source>C&amp;ollection:</source>
            <translation>&amp;Kolleksjon:</translation>
        </message>
        <message>
            <source>C&amp;ategory:</source>
            <translation>K&amp;ategori:</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <source>Target &amp;retail price:</source>
            <translation>Ønsket &amp;utsalgspris:</translation>
        </message>
        <message>
            <source>&amp;Wholesale price:</source>
            <translation>&amp;Engrospris:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>Beskr&amp;ivelse:</translation>
        </message>
        <message>
            <source>Unit cost</source>
            <translation>Enhetskostnad</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <source>Type a currency code (EUR, THB …) or pick it from the list</source>
            <translation>Skriv en valutakode (EUR, THB …) eller velg fra listen</translation>
        </message>
        <message>
            <source>Metal</source>
            <translation>Metall</translation>
        </message>
        <message>
            <source>Alloy</source>
            <translation>Legering</translation>
        </message>
        <message>
            <source>Type the alloy's name, stamp or karat (“925”, “sterling”, “14k”) and pick it from the list</source>
            <translation>Skriv legeringens navn, stempel eller karat («925», «sterling», «14k») og velg den fra listen</translation>
        </message>
        <message>
            <source>Finished weight (g)</source>
            <translation>Ferdigvekt (g)</translation>
        </message>
        <message>
            <source>Stones</source>
            <translation>Steiner</translation>
        </message>
        <message>
            <source>Stone</source>
            <translation>Stein</translation>
        </message>
        <message>
            <source>Origin</source>
            <translation>Opprinnelse</translation>
        </message>
        <message>
            <source>Natural, lab-grown or simulant: pick it from the list</source>
            <translation>Naturlig, laboratoriedyrket eller imitasjon: velg fra listen</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>Size (mm)</source>
            <translation>Størrelse (mm)</translation>
        </message>
        <message>
            <source>Carat</source>
            <translation>Karat</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Antall</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Innfatning</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Komponenter</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Komponent</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>Length (mm)</source>
            <translation>Lengde (mm)</translation>
        </message>
        <message>
            <source>Plating and finish</source>
            <translation>Belegg og overflate</translation>
        </message>
        <message>
            <source>Plating</source>
            <translation>Belegg</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farge</translation>
        </message>
        <message>
            <source>Thickness (µm)</source>
            <translation>Tykkelse (µm)</translation>
        </message>
        <message>
            <source>Packaging</source>
            <translation>Emballasje</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Artikkel</translation>
        </message>
        <message>
            <source>No alloy is called “{typed}”: type its name, stamp or karat (925, sterling, 14k) and pick it from the list</source>
            <translation>Ingen legering heter «{typed}»: skriv navnet, stempelet eller karaten (925, sterling, 14k) og velg den fra listen</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Legg til…</translation>
        </message>
        <message>
            <source>Add image files: {formats}</source>
            <translation>Legg til bildefiler: {formats}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <source>Set as Cover</source>
            <translation>Bruk som hovedbilde</translation>
        </message>
        <message>
            <source>Move Earlier</source>
            <translation>Flytt fram</translation>
        </message>
        <message>
            <source>Move Later</source>
            <translation>Flytt bak</translation>
        </message>
        <message>
            <source>{code} · {name} — Design</source>
            <translation>{code} · {name} — Design</translation>
        </message>
        <message>
            <source>⚠ Round {round_number} from {supplier} (rev {revision}): {decision} on {date}. {deviations}</source>
            <translation>⚠ Runde {round_number} fra {supplier} (rev. {revision}): {decision} den {date}. {deviations}</translation>
        </message>
        <message>
            <source>Metal {weight}</source>
            <translation>Metall {weight}</translation>
        </message>
        <message>
            <source>fine {fine_metal}</source>
            <translation>finmetall {fine_metal}</translation>
        </message>
        <message>
            <source>1 stone</source>
            <translation>1 stein</translation>
        </message>
        <message>
            <source>{count} stones</source>
            <translation>{count} steiner</translation>
        </message>
        <message>
            <source>materials {total}</source>
            <translation>materialer {total}</translation>
        </message>
        <message>
            <source>materials: incomplete — {missing}</source>
            <translation>materialer: ufullstendig — {missing}</translation>
        </message>
        <message>
            <source>How the material cost was computed:
{terms}</source>
            <translation>Slik ble materialkostnaden beregnet:
{terms}</translation>
        </message>
        <message>
            <source>Without what is missing, the lines priced come to {total}.
</source>
            <translation>Uten det som mangler, blir linjene med pris {total}.
</translation>
        </message>
        <message>
            <source>{what} ({design})</source>
            <translation>{what} ({design})</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Ikke lagret: {reason}</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Lagret.</translation>
        </message>
        <message>
            <source>Change {what}</source>
            <translation>Endre {what}</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>retail price</source>
            <translation>utsalgspris</translation>
        </message>
        <message>
            <source>retail × {factor} = {retail}</source>
            <translation>utsalgspris × {factor} = {retail}</translation>
        </message>
        <message>
            <source>retail × {factor}</source>
            <translation>utsalgspris × {factor}</translation>
        </message>
        <message>
            <source>wholesale price</source>
            <translation>engrospris</translation>
        </message>
        <message>
            <source>description</source>
            <translation>beskrivelse</translation>
        </message>
        <message>
            <source>Add Images</source>
            <translation>Legg til bilder</translation>
        </message>
        <message>
            <source>“{file}” was not added: {refusal}.</source>
            <translation>«{file}» ble ikke lagt til: {refusal}.</translation>
        </message>
        <message>
            <source>Add images</source>
            <translation>Legg til bilder</translation>
        </message>
        <message>
            <source>Remove image</source>
            <translation>Fjern bilde</translation>
        </message>
        <message>
            <source>Set cover image</source>
            <translation>Velg hovedbilde</translation>
        </message>
        <message>
            <source>Reorder images</source>
            <translation>Endre rekkefølge på bilder</translation>
        </message>
    </context>
    <context>
        <name>DesignPreview</name>
        <message>
            <source>This design cannot be read: {reason}.</source>
            <translation>Dette designet kan ikke leses: {reason}.</translation>
        </message>
        <message>
            <source>No design selected</source>
            <translation>Ingen design valgt</translation>
        </message>
        <message>
            <source>Select a design to see its bill of materials.</source>
            <translation>Velg et design for å se materiallisten.</translation>
        </message>
        <message>
            <source>No image yet</source>
            <translation>Ikke noe bilde ennå</translation>
        </message>
        <message>
            <source>Target retail:</source>
            <translation>Ønsket utsalgspris:</translation>
        </message>
        <message>
            <source>Metal weight:</source>
            <translation>Metallvekt:</translation>
        </message>
        <message>
            <source>Fine metal:</source>
            <translation>Finmetall:</translation>
        </message>
        <message>
            <source>Stones:</source>
            <translation>Steiner:</translation>
        </message>
        <message>
            <source>{kind} plating {thickness} µm</source>
            <translation>Belegg: {kind}, {thickness} µm</translation>
        </message>
        <message>
            <source>No bill of materials yet.</source>
            <translation>Ingen materialliste ennå.</translation>
        </message>
    </context>
    <context>
        <name>DesignsView</name>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Kolleksjon</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Retail</source>
            <translation>Utsalgspris</translation>
        </message>
        <message>
            <source>Target retail price — double-click to change</source>
            <translation>Ønsket utsalgspris — dobbeltklikk for å endre</translation>
        </message>
        <message>
            <source>Metal</source>
            <translation>Metall</translation>
        </message>
        <message>
            <source>Weight (g)</source>
            <translation>Vekt (g)</translation>
        </message>
        <message>
            <source>Stones</source>
            <translation>Steiner</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Oppdatert</translation>
        </message>
        <message>
            <source>Designs</source>
            <translation>Design</translation>
        </message>
        <message>
            <source>No designs yet. Use New Design to add the first, or Help ▸ Open Demo Workspace to look around.</source>
            <translation>Ingen design ennå. Bruk Nytt design for å legge til det første, eller Hjelp ▸ Åpne demoarbeidsområde for å se deg rundt.</translation>
        </message>
        <message>
            <source>Code, name or collection (Ctrl+F)</source>
            <translation>Kode, navn eller kolleksjon (Ctrl+F)</translation>
        </message>
        <message>
            <source>Category filter</source>
            <translation>Kategorifilter</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Alle kategorier</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Statusfilter</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alle statuser</translation>
        </message>
        <message>
            <source>Metal filter</source>
            <translation>Metallfilter</translation>
        </message>
        <message>
            <source>All metals</source>
            <translation>Alle metaller</translation>
        </message>
        <message>
            <source>Thumbnails</source>
            <translation>Miniatyrbilder</translation>
        </message>
        <message>
            <source>Show the designs as a grid of thumbnails</source>
            <translation>Vis designene som et rutenett av miniatyrbilder</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Rediger…</translation>
        </message>
        <message>
            <source>Open the selected design's specs, images and bill of materials (Ctrl+E)</source>
            <translation>Åpne spesifikasjoner, bilder og materialliste for det valgte designet (Ctrl+E)</translation>
        </message>
        <message>
            <source>Tech Pack…</source>
            <translation>Tech pack…</translation>
        </message>
        <message>
            <source>Revisions, the draft's sections, DFM warnings, issuing and printing (Ctrl+T)</source>
            <translation>Revisjoner, utkastets deler, DFM-advarsler, utstedelse og utskrift (Ctrl+T)</translation>
        </message>
        <message>
            <source>Sourcing ▾</source>
            <translation>Innkjøp ▾</translation>
        </message>
        <message>
            <source>The selected design's quotes, samples and suppliers; request quotes or a sample (Ctrl+Shift+S)</source>
            <translation>Tilbud, vareprøver og leverandører for det valgte designet; be om tilbud eller en vareprøve (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>New Design…</source>
            <translation>Nytt design…</translation>
        </message>
        <message>
            <source>Duplicate…</source>
            <translation>Dupliser…</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Fas ut</translation>
        </message>
        <message>
            <source>Mark the selected design as retired (undoable)</source>
            <translation>Merk det valgte designet som utgått (kan angres)</translation>
        </message>
        <message>
            <source>&amp;Quotes for This Design</source>
            <translation>&amp;Tilbud for dette designet</translation>
        </message>
        <message>
            <source>&amp;Compare Quotes…</source>
            <translation>&amp;Sammenlign tilbud…</translation>
        </message>
        <message>
            <source>&amp;Samples for This Design</source>
            <translation>&amp;Vareprøver for dette designet</translation>
        </message>
        <message>
            <source>Su&amp;ppliers for This Design</source>
            <translation>&amp;Leverandører for dette designet</translation>
        </message>
        <message>
            <source>Make or &amp;Buy: Compare Costs</source>
            <translation>Lage selv eller &amp;kjøpe: sammenlign kostnader</translation>
        </message>
        <message>
            <source>Request &amp;Quotes (RFQ)…</source>
            <translation>Be om t&amp;ilbud (RFQ)…</translation>
        </message>
        <message>
            <source>Request a Sa&amp;mple…</source>
            <translation>Be om vare&amp;prøve…</translation>
        </message>
        <message>
            <source>Select a design first</source>
            <translation>Velg et design først</translation>
        </message>
        <message>
            <source>{shown} of {total} designs</source>
            <translation>{shown} av {total} design</translation>
        </message>
        <message>
            <source>New Design</source>
            <translation>Nytt design</translation>
        </message>
        <message>
            <source>New design {design}</source>
            <translation>Nytt design {design}</translation>
        </message>
        <message>
            <source>Duplicate {design}</source>
            <translation>Dupliser {design}</translation>
        </message>
        <message>
            <source>{design} (copy)</source>
            <translation>{design} (kopi)</translation>
        </message>
        <message>
            <source>Duplicate as {design}</source>
            <translation>Dupliser som {design}</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Ikke lagret: {reason}</translation>
        </message>
        <message>
            <source>{design} was added; the filters above the list hide it.</source>
            <translation>{design} ble lagt til; filtrene over listen skjuler det.</translation>
        </message>
        <message>
            <source>{design} is already retired.</source>
            <translation>{design} er allerede utgått.</translation>
        </message>
        <message>
            <source>Retire design</source>
            <translation>Fas ut design</translation>
        </message>
        <message>
            <source>Retire {code} — {name}?</source>
            <translation>Fase ut {code} — {name}?</translation>
        </message>
        <message>
            <source>It stays in the workspace, marked retired. Edit ▸ Undo brings it back.</source>
            <translation>Det blir værende i arbeidsområdet, merket som utgått. Rediger ▸ Angre henter det tilbake.</translation>
        </message>
        <message>
            <source>Retire {design}</source>
            <translation>Fase ut {design}</translation>
        </message>
        <message>
            <source>This workspace is open read-only.</source>
            <translation>Dette arbeidsområdet er åpnet skrivebeskyttet.</translation>
        </message>
        <message>
            <source>Photos are still being taken in.</source>
            <translation>Bildene blir fortsatt lest inn.</translation>
        </message>
        <message>
            <source>The dropped photos were not added: another workspace was opened while they were taken in.</source>
            <translation>Bildene du slapp, ble ikke lagt til: et annet arbeidsområde ble åpnet mens de ble lest inn.</translation>
        </message>
        <message>
            <source>“{file}” was not added: {refusal}.</source>
            <translation>«{file}» ble ikke lagt til: {refusal}.</translation>
        </message>
        <message>
            <source>“{file}” was not added: the design it was dropped on is no longer there.</source>
            <translation>«{file}» ble ikke lagt til: designet det ble sluppet på, finnes ikke lenger.</translation>
        </message>
        <message>
            <source>Add image to {design}</source>
            <translation>Legg til bilde i {design}</translation>
        </message>
        <message>
            <source>Add {count} images to {design}</source>
            <translation>Legg til {count} bilder i {design}</translation>
        </message>
        <message>
            <source>Drop the image onto a design.</source>
            <translation>Slipp bildet på et design.</translation>
        </message>
        <message>
            <source>name</source>
            <translation>navn</translation>
        </message>
        <message>
            <source>collection</source>
            <translation>kolleksjon</translation>
        </message>
        <message>
            <source>retail price</source>
            <translation>utsalgspris</translation>
        </message>
        <message>
            <source>1 design</source>
            <translation>1 design</translation>
        </message>
        <message>
            <source>{count} designs</source>
            <translation>{count} design</translation>
        </message>
        <message>
            <source>No designs yet</source>
            <translation>Ingen design ennå</translation>
        </message>
        <message>
            <source>{designs}, none in a collection</source>
            <translation>{designs}, ingen i en kolleksjon</translation>
        </message>
        <message>
            <source>{designs} in 1 collection</source>
            <translation>{designs} i 1 kolleksjon</translation>
        </message>
        <message>
            <source>{designs} in {count} collections</source>
            <translation>{designs} i {count} kolleksjoner</translation>
        </message>
    </context>
    <context>
        <name>DeviationsQuestion</name>
        <message>
            <source>Problems found</source>
            <translation>Problemer funnet</translation>
        </message>
        <message>
            <source>&amp;Reason for approving with these deviations:</source>
            <translation>&amp;Begrunnelse for å godkjenne med disse avvikene:</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Begrunnelse</translation>
        </message>
        <message>
            <source>e.g. launch date: the factory corrects the clasp in production</source>
            <translation>f.eks. lanseringsdato: fabrikken retter låsen i produksjonen</translation>
        </message>
        <message>
            <source>The round is stored as approved with deviations: the deviations and the reason are shown in its timeline and the design, and written into the notes of the design's next tech pack revision.</source>
            <translation>Runden lagres som godkjent med avvik: avvikene og begrunnelsen vises i tidslinjen og på designet, og skrives inn i merknadene til designets neste tech pack-revisjon.</translation>
        </message>
        <message>
            <source>&amp;Approve with Deviations</source>
            <translation>&amp;Godkjenn med avvik</translation>
        </message>
        <message>
            <source>Approve the round, keeping these deviations and the reason</source>
            <translation>Godkjenn runden med disse avvikene og begrunnelsen</translation>
        </message>
        <message>
            <source>Give the reason first</source>
            <translation>Skriv begrunnelsen først</translation>
        </message>
    </context>
    <context>
        <name>DfmTab</name>
        <message>
            <source>What the factory should know to make it well: sprue points, gallery openings …</source>
            <translation>Det fabrikken bør vite for å lage smykket godt: plassering av støpekanaler, åpninger i galleriet …</translation>
        </message>
        <message>
            <source>Why this is acceptable for this piece</source>
            <translation>Hvorfor dette er akseptabelt for dette smykket</translation>
        </message>
        <message>
            <source>&amp;Acknowledge</source>
            <translation>&amp;Bekreft</translation>
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Trekk tilbake</translation>
        </message>
        <message>
            <source>Take the acknowledgement back</source>
            <translation>Trekk tilbake bekreftelsen</translation>
        </message>
        <message>
            <source>DFM notes:</source>
            <translation>DFM-merknader:</translation>
        </message>
        <message>
            <source>Warnings jewelbench raises (each must be acknowledged with a note before the revision is issued):</source>
            <translation>Advarsler fra jewelbench (hver må bekreftes med en merknad før revisjonen utstedes):</translation>
        </message>
        <message>
            <source>Acknowledged: {note}</source>
            <translation>Bekreftet: {note}</translation>
        </message>
        <message>
            <source>No warnings: nothing jewelbench checks is out of bounds.</source>
            <translation>Ingen advarsler: alt jewelbench kontrollerer, er innenfor grensene.</translation>
        </message>
        <message>
            <source>Why: {why}</source>
            <translation>Hvorfor: {why}</translation>
        </message>
        <message>
            <source>DFM notes</source>
            <translation>DFM-merknader</translation>
        </message>
        <message>
            <source>Write why this is acceptable before acknowledging it.</source>
            <translation>Skriv hvorfor dette er akseptabelt før du bekrefter det.</translation>
        </message>
        <message>
            <source>Acknowledge a DFM warning</source>
            <translation>Bekreft en DFM-advarsel</translation>
        </message>
        <message>
            <source>Withdraw a DFM acknowledgement</source>
            <translation>Trekk tilbake en DFM-bekreftelse</translation>
        </message>
    </context>
    <context>
        <name>DimensionsTab</name>
        <message>
            <source>Dimensions</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Nominal (mm)</source>
            <translation>Nominelt (mm)</translation>
        </message>
        <message>
            <source>± Tolerance (mm)</source>
            <translation>± Toleranse (mm)</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Kritisk</translation>
        </message>
        <message>
            <source>★ critical</source>
            <translation>★ kritisk</translation>
        </message>
        <message>
            <source>Tick it (click, or Space) for a critical dimension: one measured on every sample</source>
            <translation>Kryss av (klikk eller trykk mellomrom) for et kritisk mål: et mål som kontrolleres på hver vareprøve</translation>
        </message>
        <message>
            <source>No dimensions yet: use Add for each one the factory must hold.</source>
            <translation>Ingen mål ennå: bruk Legg til for hvert mål fabrikken må holde.</translation>
        </message>
        <message>
            <source>Dimension {count}</source>
            <translation>Mål {count}</translation>
        </message>
    </context>
    <context>
        <name>DraftSection</name>
        <message>
            <source>Change {what}</source>
            <translation>Endre {what}</translation>
        </message>
    </context>
    <context>
        <name>EditorDialog</name>
        <message>
            <source>Undo</source>
            <translation>Angre</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Gjør om</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Lukk</translation>
        </message>
    </context>
    <context>
        <name>ExplanationPanel</name>
        <message>
            <source>How this number is made</source>
            <translation>Slik er tallet regnet ut</translation>
        </message>
        <message>
            <source>Point at a figure in the verdict, the table or a chart to see the terms that make it.</source>
            <translation>Pek på et tall i konklusjonen, tabellen eller et diagram for å se leddene det består av.</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Ledd</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Verdi</translation>
        </message>
        <message>
            <source>… more terms</source>
            <translation>… flere ledd</translation>
        </message>
        <message>
            <source>an input, taken as it is</source>
            <translation>en inndataverdi, brukt som den er</translation>
        </message>
    </context>
    <context>
        <name>FeeLifeField</name>
        <message>
            <source>years</source>
            <translation>år</translation>
        </message>
        <message>
            <source>One-time fees over</source>
            <translation>Engangsgebyrer fordelt på</translation>
        </message>
        <message>
            <source>The years this design (or plan) sells: each mould, tooling or CAD fee is charged fee ÷ years a year, and that share is in each year's customs value. The 36-month cash pays the fee once. Empty: {years} years.</source>
            <translation>Årene dette designet (eller planen) selges: hvert gummiform-, verktøy- eller CAD-gebyr belastes med gebyr ÷ år per år, og den andelen inngår i hvert års tollverdi. Kontantstrømmen over 36 måneder betaler gebyret én gang. Tomt: {years} år.</translation>
        </message>
        <message>
            <source>Mould, toolin&amp;g, CAD fees over:</source>
            <translation>Gummiform-, verktøy- og CAD-&amp;gebyrer fordelt på:</translation>
        </message>
        <message>
            <source>of this plan's life</source>
            <translation>av planens levetid</translation>
        </message>
        <message>
            <source>of this design's life</source>
            <translation>av designets levetid</translation>
        </message>
        <message>
            <source>Whole years, please</source>
            <translation>Bare hele år</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Ikke lagret: {reason}</translation>
        </message>
        <message>
            <source>One-time fees over {years} years</source>
            <translation>Engangsgebyrer fordelt på {years} år</translation>
        </message>
        <message>
            <source>The years this plan sells: each mould, tooling or CAD fee is charged fee ÷ years a year, and that share is in each year's customs value. Empty: {years} years.</source>
            <translation>Årene planens design selges: hvert gummiform-, verktøy- eller CAD-gebyr belastes med gebyr ÷ år per år, og den andelen inngår i hvert års tollverdi. Tomt: {years} år.</translation>
        </message>
        <message>
            <source>Life of the one-time fees must be whole years</source>
            <translation>Levetiden for engangsgebyrene må være hele år</translation>
        </message>
    </context>
    <context>
        <name>FeesBox</name>
        <message>
            <source>Development costs — one-time, kept apart from the unit price</source>
            <translation>Utviklingskostnader — engangsbeløp, holdt utenfor enhetsprisen</translation>
        </message>
        <message>
            <source>{kind} fee</source>
            <translation>Gebyr ({kind})</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ingen</translation>
        </message>
        <message>
            <source>refunded on order</source>
            <translation>refunderes ved bestilling</translation>
        </message>
        <message>
            <source>{kind} fee refunded on order</source>
            <translation>Gebyr ({kind}), refunderes ved bestilling</translation>
        </message>
        <message>
            <source>No development fees.</source>
            <translation>Ingen utviklingsgebyrer.</translation>
        </message>
        <message>
            <source>Total {total}, of which {refundable} refunded on order</source>
            <translation>Totalt {total}, hvorav {refundable} refunderes ved bestilling</translation>
        </message>
    </context>
    <context>
        <name>FinishesTab</name>
        <message>
            <source>Finishes</source>
            <translation>Overflater</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Område</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Overflate</translation>
        </message>
        <message>
            <source>For example: {kinds}</source>
            <translation>For eksempel: {kinds}</translation>
        </message>
        <message>
            <source>No finishes yet: use Add for each area (band outside, gallery …).</source>
            <translation>Ingen overflater ennå: bruk Legg til for hvert område (skinnen utvendig, galleriet …).</translation>
        </message>
        <message>
            <source>Area {count}</source>
            <translation>Område {count}</translation>
        </message>
    </context>
    <context>
        <name>FirstHour</name>
        <message>
            <source>another jewelbench window</source>
            <translation>et annet jewelbench-vindu</translation>
        </message>
        <message>
            <source>Demo in use</source>
            <translation>Demoen er i bruk</translation>
        </message>
        <message>
            <source>The demo is open in another window.</source>
            <translation>Demoen er åpen i et annet vindu.</translation>
        </message>
        <message>
            <source>{reason} Close it there first: the demo is written afresh each time.</source>
            <translation>{reason} Lukk den der først: demoen skrives på nytt hver gang.</translation>
        </message>
        <message>
            <source>Open Demo Workspace</source>
            <translation>Åpne demoarbeidsområde</translation>
        </message>
        <message>
            <source>Replace the demo copy with a fresh demo?</source>
            <translation>Erstatte demokopien med en ny demo?</translation>
        </message>
        <message>
            <source>A fresh demo replaces the previous demo copy, “{file}”, and anything changed in it. Your own workspaces are not touched.</source>
            <translation>En ny demo erstatter den forrige demokopien, «{file}», og alt som er endret i den. Dine egne arbeidsområder blir ikke rørt.</translation>
        </message>
        <message>
            <source>&amp;Replace and Open</source>
            <translation>&amp;Erstatt og åpne</translation>
        </message>
        <message>
            <source>Demo not written</source>
            <translation>Demoen ble ikke skrevet</translation>
        </message>
        <message>
            <source>The demo workspace could not be written.</source>
            <translation>Demoarbeidsområdet kunne ikke skrives.</translation>
        </message>
        <message>
            <source>Demo not opened</source>
            <translation>Demoen ble ikke åpnet</translation>
        </message>
        <message>
            <source>The fresh demo could not be opened.</source>
            <translation>Den nye demoen kunne ikke åpnes.</translation>
        </message>
        <message>
            <source>Opened a fresh demo workspace ({file}); it replaced the previous demo copy</source>
            <translation>Åpnet et nytt demoarbeidsområde ({file}); det erstattet den forrige demokopien</translation>
        </message>
        <message>
            <source>New Workspace</source>
            <translation>Nytt arbeidsområde</translation>
        </message>
        <message>
            <source>Cannot create workspace</source>
            <translation>Kan ikke opprette arbeidsområde</translation>
        </message>
        <message>
            <source>Created {file} (base currency {base_currency})</source>
            <translation>Opprettet {file} (basisvaluta {base_currency})</translation>
        </message>
        <message>
            <source>Change the base currency to {base_currency}</source>
            <translation>Endre basisvalutaen til {base_currency}</translation>
        </message>
        <message>
            <source>Keep original photos</source>
            <translation>Behold originalbildene</translation>
        </message>
        <message>
            <source>Store photos smaller</source>
            <translation>Lagre bildene mindre</translation>
        </message>
        <message>
            <source>Rename the workspace “{workspace}”</source>
            <translation>Gi arbeidsområdet navnet «{workspace}»</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Ikke lagret</translation>
        </message>
        <message>
            <source>“{action}” was not saved.</source>
            <translation>«{action}» ble ikke lagret.</translation>
        </message>
    </context>
    <context>
        <name>FirstHourChecklist</name>
        <message>
            <source>Getting started checklist</source>
            <translation>Sjekkliste for å komme i gang</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Skjul</translation>
        </message>
        <message>
            <source>Hide this checklist for this workspace</source>
            <translation>Skjul denne sjekklisten for dette arbeidsområdet</translation>
        </message>
        <message>
            <source>Brand profile</source>
            <translation>Merkevareprofil</translation>
        </message>
        <message>
            <source>Your name and logo on tech packs</source>
            <translation>Navnet og logoen din på tech packer</translation>
        </message>
        <message>
            <source>&amp;Brand Profile…</source>
            <translation>&amp;Merkevareprofil…</translation>
        </message>
        <message>
            <source>Prices and rates</source>
            <translation>Priser og kurser</translation>
        </message>
        <message>
            <source>{prices}, {rates}</source>
            <translation>{prices}, {rates}</translation>
        </message>
        <message>
            <source>1 metal price</source>
            <translation>1 metallpris</translation>
        </message>
        <message>
            <source>{count} metal prices</source>
            <translation>{count} metallpriser</translation>
        </message>
        <message>
            <source>1 exchange rate</source>
            <translation>1 valutakurs</translation>
        </message>
        <message>
            <source>{count} exchange rates</source>
            <translation>{count} valutakurser</translation>
        </message>
        <message>
            <source>Today's metal prices and exchange rates</source>
            <translation>Dagens metallpriser og valutakurser</translation>
        </message>
        <message>
            <source>P&amp;rices…</source>
            <translation>P&amp;riser…</translation>
        </message>
        <message>
            <source>First design</source>
            <translation>Første design</translation>
        </message>
        <message>
            <source>1 design</source>
            <translation>1 design</translation>
        </message>
        <message>
            <source>{count} designs</source>
            <translation>{count} design</translation>
        </message>
        <message>
            <source>A design with its bill of materials</source>
            <translation>Et design med materialliste</translation>
        </message>
        <message>
            <source>New &amp;Design…</source>
            <translation>Nytt &amp;design…</translation>
        </message>
        <message>
            <source>In-house scenario</source>
            <translation>Scenario for egenproduksjon</translation>
        </message>
        <message>
            <source>1 scenario</source>
            <translation>1 scenario</translation>
        </message>
        <message>
            <source>{count} scenarios</source>
            <translation>{count} scenarioer</translation>
        </message>
        <message>
            <source>What making it yourself costs</source>
            <translation>Hva det koster å lage selv</translation>
        </message>
        <message>
            <source>New Sce&amp;nario…</source>
            <translation>Nytt sce&amp;nario…</translation>
        </message>
        <message>
            <source>First supplier</source>
            <translation>Første leverandør</translation>
        </message>
        <message>
            <source>1 supplier</source>
            <translation>1 leverandør</translation>
        </message>
        <message>
            <source>{count} suppliers</source>
            <translation>{count} leverandører</translation>
        </message>
        <message>
            <source>A workshop that could make it</source>
            <translation>Et verksted som kan lage det</translation>
        </message>
        <message>
            <source>New Su&amp;pplier…</source>
            <translation>Ny le&amp;verandør…</translation>
        </message>
        <message>
            <source>First quote</source>
            <translation>Første tilbud</translation>
        </message>
        <message>
            <source>1 quote</source>
            <translation>1 tilbud</translation>
        </message>
        <message>
            <source>{count} quotes</source>
            <translation>{count} tilbud</translation>
        </message>
        <message>
            <source>What a supplier asks for it</source>
            <translation>Hva en leverandør tar for det</translation>
        </message>
        <message>
            <source>New &amp;Quote…</source>
            <translation>Nytt &amp;tilbud…</translation>
        </message>
        <message>
            <source>Getting started — {done} of {count} done</source>
            <translation>Kom i gang — {done} av {count} gjort</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Ferdig</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>Gjenstår</translation>
        </message>
    </context>
    <context>
        <name>FxRateDialog</name>
        <message>
            <source>Edit Exchange Rate</source>
            <translation>Rediger valutakurs</translation>
        </message>
        <message>
            <source>New Exchange Rate</source>
            <translation>Ny valutakurs</translation>
        </message>
        <message>
            <source>units of “to” for 1 unit of “from”</source>
            <translation>enheter av «Til» for 1 enhet av «Fra»</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Dato:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Fra:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Til:</translation>
        </message>
        <message>
            <source>&amp;Rate:</source>
            <translation>&amp;Kurs:</translation>
        </message>
        <message>
            <source>1 {source} = {rate} {target}   (1 {target} = {inverse} {source})</source>
            <translation>1 {source} = {rate} {target}   (1 {target} = {inverse} {source})</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Til</translation>
        </message>
        <message>
            <source>Fill in every field</source>
            <translation>Fyll ut alle feltene</translation>
        </message>
        <message>
            <source>A rate is between two different currencies: choose another “To” than {source}</source>
            <translation>En kurs gjelder mellom to ulike valutaer: velg en annen «Til» enn {source}</translation>
        </message>
        <message>
            <source>There is already a {source}→{target} rate for {on} (1 {source} = {rate} {target}): edit that one, or choose another date</source>
            <translation>Det finnes allerede en kurs {source}→{target} for {on} (1 {source} = {rate} {target}): rediger den, eller velg en annen dato</translation>
        </message>
    </context>
    <context>
        <name>InHouseModelTab</name>
        <message>
            <source>Remakes and recovered metal</source>
            <translation>Omlaging og gjenvunnet metall</translation>
        </message>
        <message>
            <source>Foreign currency and cost of capital</source>
            <translation>Utenlandsk valuta og kapitalkostnad</translation>
        </message>
        <message>
            <source>Bench capacity</source>
            <translation>Benkekapasitet</translation>
        </message>
        <message>
            <source>Recoverable s&amp;hare:</source>
            <translation>Gjenvinnbar a&amp;ndel:</translation>
        </message>
        <message>
            <source>Share of the casting loss and of a failed piece's metal (and stones) that comes back: sweeps and sprues are refined, a failed piece is re-melted and its stones unset. At most 100 %.</source>
            <translation>Andelen av støpesvinnet og av metallet (og steinene) i et mislykket stykke som kommer tilbake: feieavfall og støpekanaler raffineres, et mislykket stykke smeltes om og steinene tas ut. Høyst 100 %.</translation>
        </message>
        <message>
            <source>Re&amp;fining charge:</source>
            <translation>Ra&amp;ffineringskostnad:</translation>
        </message>
        <message>
            <source>What the refiner keeps, % of the recovered metal's value at the day's fine price. At most 100 %.</source>
            <translation>Det raffinøren beholder, i % av verdien av det gjenvunne metallet til dagens finmetallpris. Høyst 100 %.</translation>
        </message>
        <message>
            <source>FX risk &amp;buffer (in-house):</source>
            <translation>&amp;Valutabuffer (egenproduksjon):</translation>
        </message>
        <message>
            <source>Added to the in-house inputs priced in a foreign currency: metal priced in another currency, BOM lines bought abroad, a scenario kept in another currency — as a route's buffer is added to a foreign quote</source>
            <translation>Legges til innsatsfaktorene i egenproduksjonen som er priset i utenlandsk valuta: metall priset i en annen valuta, linjer i materiallisten som kjøpes i utlandet, et scenario i en annen valuta — slik bufferen for et alternativ legges til et utenlandsk tilbud</translation>
        </message>
        <message>
            <source>Cost of &amp;capital a year:</source>
            <translation>&amp;Kapitalkostnad per år:</translation>
        </message>
        <message>
            <source>What money tied up in equipment costs you a year (a loan's rate, or what the money would earn elsewhere): a capital charge of rate × (cost + salvage) ÷ 2 a year, and the rate the 36-month cash is discounted at. Never negative.</source>
            <translation>Hva penger bundet i utstyr koster deg per år (renten på et lån, eller det pengene kunne gitt i avkastning andre steder): en kapitalkostnad på rente × (kostnad + restverdi) ÷ 2 per år, og renten kontantstrømmen over 36 måneder diskonteres med. Aldri negativ.</translation>
        </message>
        <message>
            <source>Hours one bench gi&amp;ves a year:</source>
            <translation>&amp;Timer én benk gir per år:</translation>
        </message>
        <message>
            <source>Working hours of one bench a year, after holidays, cleaning and maintenance. Above 0.</source>
            <translation>Arbeidstimer for én benk per år, etter ferier, rengjøring og vedlikehold. Over 0.</translation>
        </message>
        <message>
            <source>Bench&amp;es:</source>
            <translation>&amp;Benker:</translation>
        </message>
        <message>
            <source>How many benches the workshop has; 0 = one for each person on the staff (people added for capacity included), at least one</source>
            <translation>Hvor mange benker verkstedet har; 0 = én per ansatt (medregnet personer lagt til for kapasitet), minst én</translation>
        </message>
        <message>
            <source>0 = one per person</source>
            <translation>0 = én per person</translation>
        </message>
        <message>
            <source>Per piece, with k = recoverable share × (1 − refining charge):
• metal = fine metal value × ((1 + casting loss) × (1 + small-buyer premium) − casting loss × k)
• a remake = labour + consumables + findings + plating + metal − fine metal value × k + stones × (1 − recoverable share + breakage)
• remakes per good piece = a remake × remake rate ÷ (1 − remake rate)</source>
            <translation>Per stykk, med k = gjenvinnbar andel × (1 − raffineringskostnad):
• metall = finmetallverdi × ((1 + støpesvinn) × (1 + småkjøpertillegg) − støpesvinn × k)
• en omlaging = arbeid + forbruksmateriell + komponenter + belegg + metall − finmetallverdi × k + steiner × (1 − gjenvinnbar andel + brekkasje)
• omlaginger per godkjent stykk = en omlaging × omlagingsandel ÷ (1 − omlagingsandel)</translation>
        </message>
        <message>
            <source>The capital charge is a yearly cost beside depreciation (none when equipment is paid up front); the cash view gives each route's present value at this rate, discounted monthly (rate ÷ 12), and the month in-house pays back.</source>
            <translation>Kapitalkostnaden er en årlig kostnad ved siden av avskrivningen (ingen når utstyret regnes som betalt på forhånd); kontantvisningen gir nåverdien av hvert alternativ med denne renten, diskontert månedlig (rente ÷ 12), og måneden egenproduksjonen er tjent inn.</translation>
        </message>
        <message>
            <source>The comparison warns when the bench hours needed (remakes included) pass benches × hours a bench, with or without salaried staff.</source>
            <translation>Sammenligningen varsler når benketimene som trengs (omlaginger medregnet) overstiger benker × timer per benk, med eller uten fast ansatte.</translation>
        </message>
        <message>
            <source>Type a number</source>
            <translation>Skriv inn et tall</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Ikke lagret: {reason}</translation>
        </message>
        <message>
            <source>Set {field} to {value}</source>
            <translation>Sett {field} til {value}</translation>
        </message>
    </context>
    <context>
        <name>IssueDialog</name>
        <message>
            <source>Issue Revision {revision}</source>
            <translation>Utsted revisjon {revision}</translation>
        </message>
        <message>
            <source>Issuing freezes revision {revision} of {code} exactly as it is now: the design, its bill of materials, images and every section of the tech pack. It cannot be edited or undone afterwards, only superseded by a new revision.</source>
            <translation>Utstedelse fryser revisjon {revision} av {code} nøyaktig slik den er nå: designet, materiallisten, bildene og alle deler av tech packen. Den kan ikke redigeres eller angres etterpå, bare erstattes av en ny revisjon.</translation>
        </message>
        <message>
            <source>First issue</source>
            <translation>Første utgave</translation>
        </message>
        <message>
            <source>What changed, e.g. prong height +0.2 mm after sample round 1</source>
            <translation>Hva som er endret, f.eks. klohøyde +0,2 mm etter prøverunde 1</translation>
        </message>
        <message>
            <source>The date printed on the tech pack: today, or the day it was sent to the factory</source>
            <translation>Datoen som skrives ut på tech packen: i dag, eller dagen den ble sendt til fabrikken</translation>
        </message>
        <message>
            <source>Change &amp;note:</source>
            <translation>Endrings&amp;notat:</translation>
        </message>
        <message>
            <source>Issue &amp;date:</source>
            <translation>Utstedelses&amp;dato:</translation>
        </message>
    </context>
    <context>
        <name>ItemSection</name>
        <message>
            <source>None yet: use {button} to enter the first.</source>
            <translation>Ingen ennå: bruk {button} for å legge inn den første.</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>F&amp;jern</translation>
        </message>
        <message>
            <source>Remove the selected line (Delete)</source>
            <translation>Fjern valgt linje (Delete)</translation>
        </message>
        <message>
            <source>Double-click a cell (or press F2) to change it.</source>
            <translation>Dobbeltklikk på en celle (eller trykk F2) for å endre den.</translation>
        </message>
        <message>
            <source>Add {what}</source>
            <translation>Legg til {what}</translation>
        </message>
        <message>
            <source>Select the line to remove first.</source>
            <translation>Velg først linjen som skal fjernes.</translation>
        </message>
        <message>
            <source>Remove {what}</source>
            <translation>Fjern {what}</translation>
        </message>
        <message>
            <source>Change {what}</source>
            <translation>Endre {what}</translation>
        </message>
    </context>
    <context>
        <name>LandedTermsEditor</name>
        <message>
            <source>Landed Costs</source>
            <translation>Levert kostpris</translation>
        </message>
        <message>
            <source>Import &amp;duty</source>
            <translation>&amp;Toll</translation>
        </message>
        <message>
            <source>% of the customs value; none under DDP</source>
            <translation>% av tollverdien; ingen ved DDP</translation>
        </message>
        <message>
            <source>&amp;Insurance</source>
            <translation>&amp;Forsikring</translation>
        </message>
        <message>
            <source>% of goods and freight; EXW and FOB quotes only</source>
            <translation>% av varer og frakt; bare for EXW- og FOB-tilbud</translation>
        </message>
        <message>
            <source>Your &amp;freight to the border a shipment</source>
            <translation>Din frakt til grensen per se&amp;nding</translation>
        </message>
        <message>
            <source>what your forwarder charges to the border of your country, besides the supplier's freight: in a CIF customs value</source>
            <translation>det speditøren din tar for frakt til grensen til landet ditt, i tillegg til leverandørens frakt: inngår i en CIF-tollverdi</translation>
        </message>
        <message>
            <source>Your freight to the border a &amp;piece</source>
            <translation>Din frakt til grensen per st&amp;ykk</translation>
        </message>
        <message>
            <source>Inland f&amp;reight a shipment</source>
            <translation>&amp;Innenlands frakt per sending</translation>
        </message>
        <message>
            <source>after the goods arrive, invoiced apart: not dutiable (EU UCC Art. 72(a))</source>
            <translation>etter at varene er kommet, fakturert separat: ikke tollpliktig (EUs tollkodeks, UCC art. 72 (a))</translation>
        </message>
        <message>
            <source>In&amp;land freight a piece</source>
            <translation>Innenlands frakt &amp;per stykk</translation>
        </message>
        <message>
            <source>Inspection a shi&amp;pment</source>
            <translation>Inspeksjon per &amp;sending</translation>
        </message>
        <message>
            <source>Inspection a pie&amp;ce</source>
            <translation>Inspeksjon per sty&amp;kk</translation>
        </message>
        <message>
            <source>FX risk &amp;buffer</source>
            <translation>Valuta&amp;buffer</translation>
        </message>
        <message>
            <source>on what is invoiced in a foreign currency</source>
            <translation>på det som faktureres i utenlandsk valuta</translation>
        </message>
        <message>
            <source>D&amp;efect allowance</source>
            <translation>Kassasjons&amp;andel</translation>
        </message>
        <message>
            <source>pieces received that cannot be sold</source>
            <translation>mottatte stykker som ikke kan selges</translation>
        </message>
        <message>
            <source>&amp;Shipments a year</source>
            <translation>Sendinger per &amp;år</translation>
        </message>
        <message>
            <source>the year's order is delivered in this many</source>
            <translation>årets bestilling leveres i så mange sendinger</translation>
        </message>
        <message>
            <source>Your importing country's rule</source>
            <translation>Regelen i importlandet ditt</translation>
        </message>
        <message>
            <source>CIF: the goods at the border (EU, UK, most countries)</source>
            <translation>CIF: varene ved grensen (EU, Storbritannia, de fleste land)</translation>
        </message>
        <message>
            <source>FOB: the goods as they left the supplier (US, Canada, Australia)</source>
            <translation>FOB: varene slik de forlot leverandøren (USA, Canada, Australia)</translation>
        </message>
        <message>
            <source>What duty is charged on. The customs value always holds the assists: mould, tooling and CAD fees ÷ the design's life, and the stones, findings and plating you supply (WTO Customs Valuation Agreement Art. 8.1(b)).</source>
            <translation>Hva tollen beregnes av. Tollverdien omfatter alltid tilskuddene (assists): gummiform-, verktøy- og CAD-gebyrer ÷ designets levetid, og steinene, komponentene og belegget du leverer (WTOs tollverdiavtale art. 8.1 (b)).</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Freight and inspection ({base})</source>
            <translation>Frakt og inspeksjon ({base})</translation>
        </message>
        <message>
            <source>Risk and timing</source>
            <translation>Risiko og tidsplan</translation>
        </message>
        <message>
            <source>S&amp;upplier:</source>
            <translation>&amp;Leverandør:</translation>
        </message>
        <message>
            <source>Duty &amp;charged on:</source>
            <translation>Tollgr&amp;unnlag:</translation>
        </message>
        <message>
            <source>This workspace is open read-only: the terms can be read, not changed.</source>
            <translation>Dette arbeidsområdet er åpnet skrivebeskyttet: betingelsene kan leses, ikke endres.</translation>
        </message>
        <message>
            <source>Your importing country's rule: {basis} ({source})</source>
            <translation>Regelen i importlandet ditt: {basis} ({source})</translation>
        </message>
        <message>
            <source>Stored for this supplier; each change is saved when you leave the field (Edit ▸ Undo takes it back).</source>
            <translation>Lagret for denne leverandøren; hver endring lagres når du forlater feltet (Rediger ▸ Angre tar den tilbake).</translation>
        </message>
        <message>
            <source>Nothing stored for this supplier yet: no duty, own freight, insurance, inspection, FX buffer or defect allowance is counted. Enter what applies.</source>
            <translation>Ingenting er lagret for denne leverandøren ennå: verken toll, egen frakt, forsikring, inspeksjon, valutabuffer eller kassasjonsandel regnes med. Fyll inn det som gjelder.</translation>
        </message>
        <message>
            <source>Landed costs of {supplier}: {term}</source>
            <translation>Levert kostpris for {supplier}: {term}</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Lagret.</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Ikke lagret: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <source>Search (Ctrl+F)</source>
            <translation>Søk (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search {title}</source>
            <translation>Søk i {title}</translation>
        </message>
        <message>
            <source>Cannot read this workspace</source>
            <translation>Kan ikke lese dette arbeidsområdet</translation>
        </message>
        <message>
            <source>This list could not be read to its end; the workspace file is damaged.</source>
            <translation>Denne listen kunne ikke leses helt til slutt; arbeidsområdefilen er skadet.</translation>
        </message>
        <message>
            <source>Show &amp;All</source>
            <translation>Vis &amp;alle</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Søker…</translation>
        </message>
    </context>
    <context>
        <name>ListSection</name>
        <message>
            <source>Add</source>
            <translation>Legg til</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <source>Add to {title}</source>
            <translation>Legg til i {title}</translation>
        </message>
        <message>
            <source>Select a line to remove first.</source>
            <translation>Velg først en linje som skal fjernes.</translation>
        </message>
        <message>
            <source>Remove from {title}</source>
            <translation>Fjern fra {title}</translation>
        </message>
        <message>
            <source>Change {what}</source>
            <translation>Endre {what}</translation>
        </message>
    </context>
    <context>
        <name>LogoView</name>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Designs</source>
            <translation>Design</translation>
        </message>
        <message>
            <source>Suppliers</source>
            <translation>Leverandører</translation>
        </message>
        <message>
            <source>Quotes</source>
            <translation>Tilbud</translation>
        </message>
        <message>
            <source>Samples</source>
            <translation>Vareprøver</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Kostnader</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Seksjoner</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Skrivebeskyttet</translation>
        </message>
        <message>
            <source>Changes cannot be saved in this window</source>
            <translation>Endringer kan ikke lagres i dette vinduet</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fil</translation>
        </message>
        <message>
            <source>&amp;New Workspace…</source>
            <translation>&amp;Nytt arbeidsområde…</translation>
        </message>
        <message>
            <source>Create a new, empty workspace file</source>
            <translation>Opprett en ny, tom arbeidsområdefil</translation>
        </message>
        <message>
            <source>&amp;Open Workspace…</source>
            <translation>&amp;Åpne arbeidsområde…</translation>
        </message>
        <message>
            <source>Open a workspace file</source>
            <translation>Åpne en arbeidsområdefil</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Åpne nylig &amp;brukte</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Lagre &amp;som…</translation>
        </message>
        <message>
            <source>Copy this workspace to a new file and continue there</source>
            <translation>Kopier dette arbeidsområdet til en ny fil og fortsett der</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>Si&amp;kkerhetskopier…</translation>
        </message>
        <message>
            <source>See, take and restore backups of this workspace</source>
            <translation>Se, ta og gjenopprett sikkerhetskopier av dette arbeidsområdet</translation>
        </message>
        <message>
            <source>Brand &amp;Profile…</source>
            <translation>Merkevare&amp;profil…</translation>
        </message>
        <message>
            <source>The brand name, address and logo printed on every new tech pack</source>
            <translation>Merkevarenavnet, adressen og logoen som skrives ut på hver nye tech pack</translation>
        </message>
        <message>
            <source>&amp;Workspace Settings…</source>
            <translation>Innstillinger for arbei&amp;dsområdet…</translation>
        </message>
        <message>
            <source>The workspace's name and base currency</source>
            <translation>Arbeidsområdets navn og basisvaluta</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>Innsti&amp;llinger…</translation>
        </message>
        <message>
            <source>Language, number and date forms, weights, paper, backups and the base currency</source>
            <translation>Språk, skrivemåte for tall og datoer, vekt, papir, sikkerhetskopier og basisvaluta</translation>
        </message>
        <message>
            <source>&amp;Import Quotes…</source>
            <translation>&amp;Importer tilbud…</translation>
        </message>
        <message>
            <source>Read quotes from a filled quote template, another spreadsheet or a CSV file, with a preview before anything is stored</source>
            <translation>Les inn tilbud fra en utfylt tilbudsmal, et annet regneark eller en CSV-fil, med forhåndsvisning før noe lagres</translation>
        </message>
        <message>
            <source>Import Prices and Ra&amp;tes…</source>
            <translation>Importer priser og valu&amp;takurser…</translation>
        </message>
        <message>
            <source>Read metal prices and exchange rates from a file downloaded earlier (ECB, Norges Bank, LBMA or a plain CSV), with a preview</source>
            <translation>Les inn metallpriser og valutakurser fra en fil du har lastet ned tidligere (ECB, Norges Bank, LBMA eller en vanlig CSV), med forhåndsvisning</translation>
        </message>
        <message>
            <source>&amp;Workbook for Your Accountant…</source>
            <translation>&amp;Regneark til regnskapsføreren…</translation>
        </message>
        <message>
            <source>An Excel workbook whose costs are live formulas over the inputs: change a metal price and every total follows</source>
            <translation>Et Excel-regneark der kostnadene er formler som regner på inndataene: endrer du en metallpris, følger alle summene med</translation>
        </message>
        <message>
            <source>&amp;CSV Tables…</source>
            <translation>&amp;CSV-tabeller…</translation>
        </message>
        <message>
            <source>Write each table as a CSV file (UTF-8, your delimiter)</source>
            <translation>Skriv hver tabell som en CSV-fil (UTF-8, med ditt skilletegn)</translation>
        </message>
        <message>
            <source>Show in &amp;Folder</source>
            <translation>Vis i &amp;mappe</translation>
        </message>
        <message>
            <source>Open the folder holding this workspace</source>
            <translation>Åpne mappen der dette arbeidsområdet ligger</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Avslutt</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Eksporter</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Rediger</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Angre</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Gjør om</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Finn…</translation>
        </message>
        <message>
            <source>Search the list on screen</source>
            <translation>Søk i listen som vises</translation>
        </message>
        <message>
            <source>&amp;Sourcing</source>
            <translation>&amp;Innkjøp</translation>
        </message>
        <message>
            <source>&amp;Requests for Quotation…</source>
            <translation>&amp;Forespørsler om tilbud…</translation>
        </message>
        <message>
            <source>Every RFQ sent, and which suppliers answered or are overdue</source>
            <translation>Alle sendte forespørsler om tilbud (RFQ), og hvilke leverandører som har svart eller er forsinket</translation>
        </message>
        <message>
            <source>&amp;New Request for Quotation…</source>
            <translation>&amp;Ny forespørsel om tilbud…</translation>
        </message>
        <message>
            <source>Send a design's issued tech pack to suppliers with the quantities to quote</source>
            <translation>Send den utstedte tech packen for et design til leverandører, med antallene de skal gi tilbud på</translation>
        </message>
        <message>
            <source>New &amp;Quote…</source>
            <translation>Nytt &amp;tilbud…</translation>
        </message>
        <message>
            <source>Enter a quote a supplier sent</source>
            <translation>Registrer et tilbud en leverandør har sendt</translation>
        </message>
        <message>
            <source>Request a &amp;Sample…</source>
            <translation>Be om &amp;vareprøve…</translation>
        </message>
        <message>
            <source>Ask a supplier for a sample of a tech pack revision</source>
            <translation>Be en leverandør om en vareprøve av en tech pack-revisjon</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Vis</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Last inn på nytt</translation>
        </message>
        <message>
            <source>Read the workspace again</source>
            <translation>Les arbeidsområdet på nytt</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjelp</translation>
        </message>
        <message>
            <source>Open &amp;Demo Workspace…</source>
            <translation>Åpne &amp;demoarbeidsområde…</translation>
        </message>
        <message>
            <source>Write a fresh demo workspace (it replaces the previous demo copy, never your own files) and open it</source>
            <translation>Skriv et nytt demoarbeidsområde (det erstatter den forrige demokopien, aldri dine egne filer) og åpne det</translation>
        </message>
        <message>
            <source>&amp;Getting Started Checklist</source>
            <translation>&amp;Sjekkliste for å komme i gang</translation>
        </message>
        <message>
            <source>Show the first steps on the Designs page again</source>
            <translation>Vis de første trinnene på Design-siden igjen</translation>
        </message>
        <message>
            <source>&amp;About jewelbench</source>
            <translation>&amp;Om jewelbench</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Om &amp;Qt</translation>
        </message>
        <message>
            <source>&amp;Costs</source>
            <translation>&amp;Kostnader</translation>
        </message>
        <message>
            <source>&amp;Update Prices…</source>
            <translation>&amp;Oppdater priser…</translation>
        </message>
        <message>
            <source>Today's price of every metal your designs use and a rate for every currency, in one form saved as one undoable step</source>
            <translation>Dagens pris for hvert metall designene dine bruker og en kurs for hver valuta, i ett skjema som lagres som ett steg du kan angre</translation>
        </message>
        <message>
            <source>New &amp;Metal Price…</source>
            <translation>Ny &amp;metallpris…</translation>
        </message>
        <message>
            <source>Enter one metal price, per troy ounce or per gram</source>
            <translation>Registrer én metallpris, per troy ounce eller per gram</translation>
        </message>
        <message>
            <source>New &amp;Exchange Rate…</source>
            <translation>Ny &amp;valutakurs…</translation>
        </message>
        <message>
            <source>Enter one exchange rate, such as 1 EUR = 11.7 NOK</source>
            <translation>Registrer én valutakurs, for eksempel 1 EUR = 11,7 NOK</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>&amp;Sammenlign</translation>
        </message>
        <message>
            <source>Make or buy: a design or plan costed in-house and by each quote</source>
            <translation>Lage selv eller kjøpe ferdig: et design eller en plan kostnadsberegnet ved egenproduksjon og etter hvert tilbud</translation>
        </message>
        <message>
            <source>&amp;Scenarios &amp;&amp; Prices</source>
            <translation>Sce&amp;narioer &amp;&amp; priser</translation>
        </message>
        <message>
            <source>The in-house scenarios and the dated metal prices and exchange rates</source>
            <translation>Scenarioene for egenproduksjon og de daterte metallprisene og valutakursene</translation>
        </message>
        <message>
            <source>This workspace is read-only: prices cannot be entered here</source>
            <translation>Dette arbeidsområdet er skrivebeskyttet: priser kan ikke registreres her</translation>
        </message>
        <message>
            <source>Cannot read the prices: {error}</source>
            <translation>Kan ikke lese prisene: {error}</translation>
        </message>
        <message>
            <source>Stored 1 price or rate; Edit ▸ Undo takes it back.</source>
            <translation>Lagret 1 pris eller kurs; Rediger ▸ Angre tar den tilbake.</translation>
        </message>
        <message>
            <source>Stored {count} prices and rates; Edit ▸ Undo takes them back.</source>
            <translation>Lagret {count} priser og kurser; Rediger ▸ Angre tar dem tilbake.</translation>
        </message>
        <message>
            <source>Nothing stored: no price or rate was changed.</source>
            <translation>Ingenting lagret: ingen pris eller kurs ble endret.</translation>
        </message>
        <message>
            <source>Workspace file</source>
            <translation>Arbeidsområdefil</translation>
        </message>
        <message>
            <source>{workspace} (read-only)</source>
            <translation>{workspace} (skrivebeskyttet)</translation>
        </message>
        <message>
            <source>{workspace} — jewelbench</source>
            <translation>{workspace} — jewelbench</translation>
        </message>
        <message>
            <source>Restored the backup of {taken}</source>
            <translation>Gjenopprettet sikkerhetskopien fra {taken}</translation>
        </message>
        <message>
            <source>“{file}” is damaged.</source>
            <translation>«{file}» er skadet.</translation>
        </message>
        <message>
            <source>Damaged workspace</source>
            <translation>Skadet arbeidsområde</translation>
        </message>
        <message>
            <source>{reason} The file has been left as it is. There is no backup of it in {folder}.</source>
            <translation>{reason} Filen er latt urørt. Det finnes ingen sikkerhetskopi av den i {folder}.</translation>
        </message>
        <message>
            <source>{reason}

The newest good backup was taken {taken} and holds {contents}. jewelbench can put the damaged file aside as “{file}.damaged” (it is never overwritten) and restore this backup in its place.</source>
            <translation>{reason}

Den nyeste gode sikkerhetskopien ble tatt {taken} og inneholder {contents}. jewelbench kan legge den skadde filen til side som «{file}.damaged» (den blir aldri overskrevet) og gjenopprette denne sikkerhetskopien i stedet.</translation>
        </message>
        <message>
            <source>Restore Backup</source>
            <translation>Gjenopprett sikkerhetskopi</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>Ikke gjenopprettet</translation>
        </message>
        <message>
            <source>The backup could not be restored.</source>
            <translation>Sikkerhetskopien kunne ikke gjenopprettes.</translation>
        </message>
        <message>
            <source>Restored from a backup; the damaged file was kept as {aside}</source>
            <translation>Gjenopprettet fra en sikkerhetskopi; den skadde filen ble beholdt som {aside}</translation>
        </message>
        <message>
            <source>Risky place for a workspace</source>
            <translation>Risikabelt sted for et arbeidsområde</translation>
        </message>
        <message>
            <source>“{workspace}” may be damaged where it is.</source>
            <translation>«{workspace}» kan bli skadet der den ligger.</translation>
        </message>
        <message>
            <source>Move it to a folder on this computer (File ▸ Save As), and let the sync or network copy be a backup of it.</source>
            <translation>Flytt den til en mappe på denne datamaskinen (Fil ▸ Lagre som), og la den synkroniserte kopien eller nettverkskopien være en sikkerhetskopi av den.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Ikke lagret</translation>
        </message>
        <message>
            <source>“{action}” was not saved.</source>
            <translation>«{action}» ble ikke lagret.</translation>
        </message>
        <message>
            <source>Workspace partly checked: no problems found in the time the check has on opening; “jewelbench check” checks all of it</source>
            <translation>Arbeidsområdet er delvis kontrollert: ingen problemer funnet i tiden kontrollen har ved åpning; «jewelbench check» kontrollerer hele arbeidsområdet</translation>
        </message>
        <message>
            <source>Workspace checked: no problems found</source>
            <translation>Arbeidsområdet er kontrollert: ingen problemer funnet</translation>
        </message>
        <message>
            <source>The check on opening found: {problems}</source>
            <translation>Kontrollen ved åpning fant: {problems}</translation>
        </message>
        <message>
            <source> (and {count} more)</source>
            <translation> (og {count} til)</translation>
        </message>
        <message>
            <source>Cannot open workspace</source>
            <translation>Kan ikke åpne arbeidsområdet</translation>
        </message>
        <message>
            <source>“{file}” cannot be opened.</source>
            <translation>«{file}» kan ikke åpnes.</translation>
        </message>
        <message>
            <source>Workspace upgraded; the previous version was kept as {file}</source>
            <translation>Arbeidsområdet er oppgradert; den forrige versjonen ble beholdt som {file}</translation>
        </message>
        <message>
            <source>Workspace created</source>
            <translation>Arbeidsområde opprettet</translation>
        </message>
        <message>
            <source>Workspace opened</source>
            <translation>Arbeidsområde åpnet</translation>
        </message>
        <message>
            <source>“{workspace}” was created; a file already beside it was not part of it.</source>
            <translation>«{workspace}» ble opprettet; en fil som allerede lå ved siden av, hørte ikke til det.</translation>
        </message>
        <message>
            <source>“{workspace}” was opened as it was last saved; a file beside it was not part of it.</source>
            <translation>«{workspace}» ble åpnet slik det sist ble lagret; en fil ved siden av hørte ikke til det.</translation>
        </message>
        <message>
            <source>The file that was not part of it is kept, in case it belongs to another program.</source>
            <translation>Filen som ikke hørte til, beholdes i tilfelle den tilhører et annet program.</translation>
        </message>
        <message>
            <source>Nothing in the workspace was lost. The file that was not part of it is kept, in case it belongs to another program.</source>
            <translation>Ingenting i arbeidsområdet gikk tapt. Filen som ikke hørte til, beholdes i tilfelle den tilhører et annet program.</translation>
        </message>
        <message>
            <source>Workspace in use</source>
            <translation>Arbeidsområdet er i bruk</translation>
        </message>
        <message>
            <source>“{file}” is already open for editing.</source>
            <translation>«{file}» er allerede åpent for redigering.</translation>
        </message>
        <message>
            <source>{reason} Only one window can change a workspace at a time; you can open it read-only to look at it here.</source>
            <translation>{reason} Bare ett vindu kan endre et arbeidsområde om gangen; du kan åpne det skrivebeskyttet for å se på det her.</translation>
        </message>
        <message>
            <source>Open Read-Only</source>
            <translation>Åpne skrivebeskyttet</translation>
        </message>
        <message>
            <source>Open Workspace</source>
            <translation>Åpne arbeidsområde</translation>
        </message>
        <message>
            <source>File exists</source>
            <translation>Filen finnes</translation>
        </message>
        <message>
            <source>“{file}” already exists.</source>
            <translation>«{file}» finnes allerede.</translation>
        </message>
        <message>
            <source>Choose another name; jewelbench never overwrites a workspace.</source>
            <translation>Velg et annet navn; jewelbench overskriver aldri et arbeidsområde.</translation>
        </message>
        <message>
            <source>Save Workspace As</source>
            <translation>Lagre arbeidsområde som</translation>
        </message>
        <message>
            <source>Cannot save a copy</source>
            <translation>Kan ikke lagre en kopi</translation>
        </message>
        <message>
            <source>The copy could not be written; the workspace is unchanged and still open.</source>
            <translation>Kopien kunne ikke skrives; arbeidsområdet er uendret og fortsatt åpent.</translation>
        </message>
        <message>
            <source>Saved as {file}</source>
            <translation>Lagret som {file}</translation>
        </message>
        <message>
            <source>Clear Menu</source>
            <translation>Tøm menyen</translation>
        </message>
        <message>
            <source>Cannot read this workspace</source>
            <translation>Kan ikke lese dette arbeidsområdet</translation>
        </message>
        <message>
            <source>“{workspace}” could not be read; it is damaged.</source>
            <translation>«{workspace}» kunne ikke leses; den er skadet.</translation>
        </message>
        <message>
            <source>About jewelbench</source>
            <translation>Om jewelbench</translation>
        </message>
        <message>
            <source>jewelbench {version}</source>
            <translation>jewelbench {version}</translation>
        </message>
        <message>
            <source>Make in-house or outsource? Designs, tech packs, suppliers, quotes, samples and costs for small jewelry brands — offline, in one file you own.

This workspace: {designs}, {suppliers}, {quotes}, {sample_rounds}.</source>
            <translation>Lage selv eller kjøpe ferdig? Design, tech packer, leverandører, tilbud, vareprøver og kostnader for små smykkemerker — offline, i én fil du eier selv.

Dette arbeidsområdet: {designs}, {suppliers}, {quotes}, {sample_rounds}.</translation>
        </message>
        <message>
            <source>1 design</source>
            <translation>1 design</translation>
        </message>
        <message>
            <source>{count} designs</source>
            <translation>{count} design</translation>
        </message>
        <message>
            <source>1 supplier</source>
            <translation>1 leverandør</translation>
        </message>
        <message>
            <source>{count} suppliers</source>
            <translation>{count} leverandører</translation>
        </message>
        <message>
            <source>1 quote</source>
            <translation>1 tilbud</translation>
        </message>
        <message>
            <source>{count} quotes</source>
            <translation>{count} tilbud</translation>
        </message>
        <message>
            <source>1 sample round</source>
            <translation>1 prøverunde</translation>
        </message>
        <message>
            <source>{count} sample rounds</source>
            <translation>{count} prøverunder</translation>
        </message>
    </context>
    <context>
        <name>MaterialsTab</name>
        <message>
            <source>The registered mark struck beside the quality stamp</source>
            <translation>Det registrerte merket som slås ved siden av finhetsmerket</translation>
        </message>
        <message>
            <source>Markets, comma-separated: UK, Ireland, Norway, US</source>
            <translation>Markeder, kommaseparert: Storbritannia, Irland, Norge, USA</translation>
        </message>
        <message>
            <source>e.g. AUR logo inside band</source>
            <translation>f.eks. AUR-logo inni skinnen</translation>
        </message>
        <message>
            <source>e.g. AUR-{serial} inside band</source>
            <translation>f.eks. AUR-{serial} inni skinnen</translation>
        </message>
        <message>
            <source>Materials (from the bill of materials)</source>
            <translation>Materialer (fra materiallisten)</translation>
        </message>
        <message>
            <source>Marks</source>
            <translation>Merking</translation>
        </message>
        <message>
            <source>Maker's &amp;mark:</source>
            <translation>Ansvarsmer&amp;ke:</translation>
        </message>
        <message>
            <source>Hallmark ma&amp;rkets:</source>
            <translation>Markeder for &amp;stempling:</translation>
        </message>
        <message>
            <source>&amp;Logo:</source>
            <translation>&amp;Logo:</translation>
        </message>
        <message>
            <source>Laser &amp;serial:</source>
            <translation>Laserser&amp;ienummer:</translation>
        </message>
        <message>
            <source>Clasp and findings</source>
            <translation>Lås og komponenter</translation>
        </message>
        <message>
            <source>Double-click a pull strength (or select it and press F2) to set what the factory tests the finding to; left empty, none is specified.</source>
            <translation>Dobbeltklikk på en trekkstyrke (eller merk den og trykk F2) for å angi kraften fabrikken tester komponenten med; står feltet tomt, er ingen krav angitt.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Antall</translation>
        </message>
        <message>
            <source>Pull strength (N)</source>
            <translation>Trekkstyrke (N)</translation>
        </message>
        <message>
            <source>The pull the factory tests this finding to, in newtons; leave it empty if none is specified</source>
            <translation>Kraften fabrikken tester denne komponenten med, i newton; la feltet stå tomt hvis ingen krav er angitt</translation>
        </message>
        <message>
            <source>No findings in the bill of materials (Design editor → Bill of Materials).</source>
            <translation>Ingen komponenter i materiallisten (designredigeringen → Materialliste).</translation>
        </message>
        <message>
            <source>No metal in the bill of materials yet (Design editor → Bill of Materials).</source>
            <translation>Ingen metall i materiallisten ennå (designredigeringen → Materialliste).</translation>
        </message>
        <message>
            <source>maker's mark</source>
            <translation>ansvarsmerke</translation>
        </message>
        <message>
            <source>hallmarks</source>
            <translation>stempler</translation>
        </message>
        <message>
            <source>Change pull strength of {finding}</source>
            <translation>Endre trekkstyrke for {finding}</translation>
        </message>
        <message>
            <source>a finding</source>
            <translation>en komponent</translation>
        </message>
    </context>
    <context>
        <name>MetalPriceDialog</name>
        <message>
            <source>Edit Metal Price</source>
            <translation>Rediger metallpris</translation>
        </message>
        <message>
            <source>New Metal Price</source>
            <translation>Ny metallpris</translation>
        </message>
        <message>
            <source>fine metal price</source>
            <translation>finmetallpris</translation>
        </message>
        <message>
            <source>per troy ounce</source>
            <translation>per troyunse</translation>
        </message>
        <message>
            <source>per gram</source>
            <translation>per gram</translation>
        </message>
        <message>
            <source>1 troy ounce = 31.1034768 g; the price is kept per troy ounce, converted exactly</source>
            <translation>1 troyunse = 31,1034768 g; prisen lagres per troyunse og regnes om nøyaktig</translation>
        </message>
        <message>
            <source>where the price comes from (LBMA fix, your bullion dealer …)</source>
            <translation>hvor prisen kommer fra (LBMA-fiksing, metallhandleren din …)</translation>
        </message>
        <message>
            <source>&amp;Metal:</source>
            <translation>&amp;Metall:</translation>
        </message>
        <message>
            <source>&amp;Price:</source>
            <translation>&amp;Pris:</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <translation>&amp;Valuta:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Dato:</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>&amp;Kilde:</translation>
        </message>
        <message>
            <source>= {figure} {currency} per troy ounce (kept per troy ounce: ×31.1034768)</source>
            <translation>= {figure} {currency} per troyunse (lagres per troyunse: ×31,1034768)</translation>
        </message>
        <message>
            <source>= {figure} {currency} per gram</source>
            <translation>= {figure} {currency} per gram</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <source>Fill in every field</source>
            <translation>Fyll ut alle feltene</translation>
        </message>
        <message>
            <source>There is already a {metal} price in {currency} for {on} ({price} per troy ounce): edit that one, or choose another date</source>
            <translation>Det finnes allerede en {metal}-pris i {currency} for {on} ({price} per troyunse): rediger den, eller velg en annen dato</translation>
        </message>
    </context>
    <context>
        <name>NewDesignDialog</name>
        <message>
            <source>e.g. RG-014</source>
            <translation>f.eks. RG-014</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Kode:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Navn:</translation>
        </message>
        <message>
            <source>C&amp;ategory:</source>
            <translation>K&amp;ategori:</translation>
        </message>
        <message>
            <source>C&amp;ollection:</source>
            <translation>K&amp;olleksjon:</translation>
        </message>
        <message>
            <source>A design with code “{code}” already exists.</source>
            <translation>Det finnes allerede et design med koden «{code}».</translation>
        </message>
    </context>
    <context>
        <name>NewScenarioDialog</name>
        <message>
            <source>New In-house Scenario</source>
            <translation>Nytt scenario for egenproduksjon</translation>
        </message>
        <message>
            <source>e.g. Small studio workshop</source>
            <translation>f.eks. Lite verksted</translation>
        </message>
        <message>
            <source>Empty: I will enter everything</source>
            <translation>Tomt: jeg fyller inn alt selv</translation>
        </message>
        <message>
            <source>Seed figures: low equipment costs</source>
            <translation>Standardtall: lave utstyrskostnader</translation>
        </message>
        <message>
            <source>Seed figures: mid equipment costs</source>
            <translation>Standardtall: middels utstyrskostnader</translation>
        </message>
        <message>
            <source>Seed figures: high equipment costs</source>
            <translation>Standardtall: høye utstyrskostnader</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Navn:</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <translation>&amp;Valuta:</translation>
        </message>
        <message>
            <source>&amp;Start from:</source>
            <translation>&amp;Utgangspunkt:</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Opprett</translation>
        </message>
        <message>
            <source>A scenario named “{name}” already exists: choose another name.</source>
            <translation>Et scenario med navnet «{name}» finnes allerede: velg et annet navn.</translation>
        </message>
        <message>
            <source>An empty scenario: add its equipment, overheads, staff and labour yourself.</source>
            <translation>Et tomt scenario: legg inn utstyr, faste kostnader, ansatte og arbeid selv.</translation>
        </message>
        <message>
            <source>{equipment} pieces of equipment (CapEx {capex}), {overheads} overheads, {staff} staff roles and {labour} labour operations; fixed cost {fixed_cost} a month.{converted} Edit any of them afterwards.</source>
            <translation>{equipment} utstyrsenheter (investering {capex}), {overheads} faste kostnadsposter, {staff} stillinger og {labour} arbeidsoperasjoner; faste kostnader {fixed_cost} per måned.{converted} Du kan endre alt dette etterpå.</translation>
        </message>
        <message>
            <source>Amounts converted from the seed's USD figures at the newest rate.</source>
            <translation>Beløpene er regnet om fra standardtallene i USD til nyeste kurs.</translation>
        </message>
    </context>
    <context>
        <name>NewSupplierDialog</name>
        <message>
            <source>New Supplier</source>
            <translation>Ny leverandør</translation>
        </message>
        <message>
            <source>e.g. Fonderia Berica S.r.l.</source>
            <translation>f.eks. Fonderia Berica S.r.l.</translation>
        </message>
        <message>
            <source>Contacts, capabilities, certifications and due diligence are added in the supplier's editor, which opens next.</source>
            <translation>Kontakter, kompetanse, sertifiseringer og leverandørkontroll legges inn i leverandørredigeringen, som åpnes etterpå.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Navn:</translation>
        </message>
        <message>
            <source>Coun&amp;try:</source>
            <translation>&amp;Land:</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <translation>&amp;Valuta:</translation>
        </message>
        <message>
            <source>A supplier named “{name}” already exists.</source>
            <translation>En leverandør med navnet «{name}» finnes allerede.</translation>
        </message>
    </context>
    <context>
        <name>Pickers</name>
        <message>
            <source>No quotes yet: in-house only</source>
            <translation>Ingen tilbud ennå: bare egenproduksjon</translation>
        </message>
        <message>
            <source>1 quote</source>
            <translation>1 tilbud</translation>
        </message>
        <message>
            <source>{count} quotes</source>
            <translation>{count} tilbud</translation>
        </message>
        <message>
            <source>design</source>
            <translation>designet</translation>
        </message>
        <message>
            <source>Type a code or a name</source>
            <translation>Skriv en kode eller et navn</translation>
        </message>
        <message>
            <source>Design</source>
            <translation>Design</translation>
        </message>
        <message>
            <source>supplier</source>
            <translation>leverandør</translation>
        </message>
        <message>
            <source>Type a supplier's name</source>
            <translation>Skriv navnet på en leverandør</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Leverandør</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>New Collection Plan</source>
            <translation>Ny kolleksjonsplan</translation>
        </message>
        <message>
            <source>Edit Collection Plan</source>
            <translation>Rediger kolleksjonsplan</translation>
        </message>
        <message>
            <source>e.g. AW26 core</source>
            <translation>f.eks. HV26 basis</translation>
        </message>
        <message>
            <source>Design</source>
            <translation>Design</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Pieces a year</source>
            <translation>Stykk per år</translation>
        </message>
        <message>
            <source>Designs in the plan</source>
            <translation>Design i planen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <source>Design code</source>
            <translation>Designkode</translation>
        </message>
        <message>
            <source>&amp;Add Design</source>
            <translation>&amp;Legg til design</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Fjern</translation>
        </message>
        <message>
            <source>Take the selected design out of the plan (Delete)</source>
            <translation>Ta det valgte designet ut av planen (Delete)</translation>
        </message>
        <message>
            <source>Orders a year</source>
            <translation>Bestillinger per år</translation>
        </message>
        <message>
            <source>How many orders a year the plan's pieces are bought in. Each order is the year's pieces ÷ orders, in whole pieces: MOQ, price tiers and minimum order value apply to each order, and each order is shipped at least once.</source>
            <translation>Hvor mange bestillinger per år planens stykker kjøpes inn i. Hver bestilling er årets stykk ÷ antall bestillinger, i hele stykk: MOQ, pristrinn og minste ordreverdi gjelder for hver bestilling, og hver bestilling sendes minst én gang.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Navn:</translation>
        </message>
        <message>
            <source>&amp;Orders a year:</source>
            <translation>&amp;Bestillinger per år:</translation>
        </message>
        <message>
            <source>One-time &amp;fees over:</source>
            <translation>Engangs&amp;gebyrer fordelt over:</translation>
        </message>
        <message>
            <source>A plan keeps its mix: compared at another total, each design gets its share of the pieces, in whole pieces (largest remainder).</source>
            <translation>En plan beholder fordelingen sin: sammenlignet ved et annet totalvolum får hvert design sin andel av stykkene, i hele stykk (største rest).</translation>
        </message>
        <message>
            <source>{design} is in the plan already.</source>
            <translation>{design} er allerede i planen.</translation>
        </message>
        <message>
            <source>Pieces a year of {design}</source>
            <translation>Stykk per år av {design}</translation>
        </message>
        <message>
            <source>Type a design code to add it.</source>
            <translation>Skriv en designkode for å legge det til.</translation>
        </message>
        <message>
            <source>{count}, {pieces} pieces a year</source>
            <translation>{count}, {pieces} stykk per år</translation>
        </message>
        <message>
            <source>1 design</source>
            <translation>1 design</translation>
        </message>
        <message>
            <source>{count} designs</source>
            <translation>{count} design</translation>
        </message>
        <message>
            <source>At least 1 order a year.</source>
            <translation>Minst 1 bestilling per år.</translation>
        </message>
        <message>
            <source>At most {pieces} orders a year: every order needs at least one piece of the plan's {pieces} pieces a year.</source>
            <translation>Høyst {pieces} bestillinger per år: hver bestilling trenger minst ett av planens {pieces} stykk per år.</translation>
        </message>
        <message>
            <source>Give the plan a name.</source>
            <translation>Gi planen et navn.</translation>
        </message>
        <message>
            <source>Add at least one design to the plan.</source>
            <translation>Legg til minst ett design i planen.</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Ikke lagret: {reason}</translation>
        </message>
        <message>
            <source>New plan {name}</source>
            <translation>Ny plan {name}</translation>
        </message>
        <message>
            <source>Edit plan {name}</source>
            <translation>Rediger plan {name}</translation>
        </message>
        <message>
            <source>Delete plan</source>
            <translation>Slett plan</translation>
        </message>
        <message>
            <source>Delete the plan “{plan}”?</source>
            <translation>Slette planen «{plan}»?</translation>
        </message>
        <message>
            <source>Its {count} designs and their {pieces} planned pieces a year go with it; the designs stay. Edit ▸ Undo brings it back.</source>
            <translation>Planens {count} design og deres {pieces} planlagte stykk per år forsvinner med den; designene blir værende. Rediger ▸ Angre henter den tilbake.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>Delete plan {plan}</source>
            <translation>Slett plan {plan}</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>Ikke slettet</translation>
        </message>
        <message>
            <source>The plan “{plan}” was not deleted.</source>
            <translation>Planen «{plan}» ble ikke slettet.</translation>
        </message>
    </context>
    <context>
        <name>PriceImportDialog</name>
        <message>
            <source>Price and rate files (*.csv *.zip *.json *.txt);;All files (*)</source>
            <translation>Pris- og kursfiler (*.csv *.zip *.json *.txt);;Alle filer (*)</translation>
        </message>
        <message>
            <source>Import Prices and Rates</source>
            <translation>Importer priser og valutakurser</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>Ingen fil valgt</translation>
        </message>
        <message>
            <source>Choose &amp;File…</source>
            <translation>Velg &amp;fil…</translation>
        </message>
        <message>
            <source>The ECB's eurofxref-hist.csv or .zip, Norges Bank's exchange-rate CSV, an LBMA price series saved as JSON, or a CSV with the header date,item,price,currency,unit</source>
            <translation>ECBs eurofxref-hist.csv eller .zip, Norges Banks CSV med valutakurser, en LBMA-prisserie lagret som JSON, eller en CSV med overskriften date,item,price,currency,unit</translation>
        </message>
        <message>
            <source>From the file name</source>
            <translation>Fra filnavnet</translation>
        </message>
        <message>
            <source>An LBMA file holds one metal's prices; its name usually says which (lbma-gold_pm.json). Choose it here if not.</source>
            <translation>En LBMA-fil inneholder prisene for ett metall; navnet sier vanligvis hvilket (lbma-gold_pm.json). Velg det her hvis ikke.</translation>
        </message>
        <message>
            <source>&amp;Replace stored values that differ</source>
            <translation>&amp;Erstatt lagrede verdier som avviker</translation>
        </message>
        <message>
            <source>Off: a price or rate already stored for that date is kept and the file's is skipped. On: the file's value replaces it (Edit ▸ Undo puts it back).</source>
            <translation>Av: en pris eller kurs som allerede er lagret for den datoen, beholdes, og verdien i filen hoppes over. På: verdien i filen erstatter den (Rediger ▸ Angre setter den tilbake).</translation>
        </message>
        <message>
            <source>LBMA &amp;metal:</source>
            <translation>LBMA-&amp;metall:</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Hva skjer</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Hvor</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Value and why</source>
            <translation>Verdi og årsak</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>Store what the preview shows as one step (Edit ▸ Undo takes it out again)</source>
            <translation>Lagre det forhåndsvisningen viser, som ett steg (Rediger ▸ Angre tar det ut igjen)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <source>From the file name ({name})</source>
            <translation>Fra filnavnet ({name})</translation>
        </message>
        <message>
            <source>Nothing can be imported: {reason}</source>
            <translation>Ingenting kan importeres: {reason}</translation>
        </message>
        <message>
            <source>{layout}: {summary}.
Import will store {stored}, replace {replaced}, skip {skipped} already stored; {refused} refused.</source>
            <translation>{layout}: {summary}.
Importen vil lagre {stored}, erstatte {replaced} og hoppe over {skipped} som allerede er lagret; {refused} avvist.</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Avvist</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Hoppet over</translation>
        </message>
        <message>
            <source>Replaces</source>
            <translation>Erstatter</translation>
        </message>
        <message>
            <source>{new} (was {old})</source>
            <translation>{new} (var {old})</translation>
        </message>
        <message>
            <source>Stored</source>
            <translation>Lagret</translation>
        </message>
        <message>
            <source>Will be stored</source>
            <translation>Blir lagret</translation>
        </message>
        <message>
            <source>… and {count} more rows not listed</source>
            <translation>… og {count} rader til som ikke er listet opp</translation>
        </message>
        <message>
            <source>Import prices and rates from {name}</source>
            <translation>Importer priser og kurser fra {name}</translation>
        </message>
        <message>
            <source>Nothing was imported: {reason}</source>
            <translation>Ingenting ble importert: {reason}</translation>
        </message>
        <message>
            <source>Stored {stored}, replaced {replaced}, skipped {skipped} already stored, refused {refused}.</source>
            <translation>Lagret {stored}, erstattet {replaced}, hoppet over {skipped} som allerede var lagret, avviste {refused}.</translation>
        </message>
        <message>
            <source>Imported. Edit ▸ Undo takes it out again.</source>
            <translation>Importert. Rediger ▸ Angre tar det ut igjen.</translation>
        </message>
    </context>
    <context>
        <name>PricesPanel</name>
        <message>
            <source>Metal prices</source>
            <translation>Metallpriser</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Metal</source>
            <translation>Metall</translation>
        </message>
        <message>
            <source>Fine metal / troy oz</source>
            <translation>Finmetall / troy oz</translation>
        </message>
        <message>
            <source>Fine metal / g</source>
            <translation>Finmetall / g</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Kilde</translation>
        </message>
        <message>
            <source>No metal prices yet: use New Price… or Update Prices… to enter today's. Costs use the newest price on or before their date.</source>
            <translation>Ingen metallpriser ennå: bruk Ny pris… eller Oppdater priser… for å registrere dagens. Kostnadene bruker den nyeste prisen på eller før sin dato.</translation>
        </message>
        <message>
            <source>Exchange rates</source>
            <translation>Valutakurser</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Til</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Kurs</translation>
        </message>
        <message>
            <source>No exchange rates yet: use New Rate… to enter one, such as 1 EUR = 11.7 NOK.</source>
            <translation>Ingen valutakurser ennå: bruk Ny kurs… for å registrere en, for eksempel 1 EUR = 11,7 NOK.</translation>
        </message>
        <message>
            <source>Ne&amp;w Price…</source>
            <translation>Ny &amp;pris…</translation>
        </message>
        <message>
            <source>Enter a metal price per troy ounce or per gram</source>
            <translation>Registrer en metallpris per troy ounce eller per gram</translation>
        </message>
        <message>
            <source>New &amp;Rate…</source>
            <translation>Ny &amp;kurs…</translation>
        </message>
        <message>
            <source>Enter an exchange rate, such as 1 EUR = 11.7 NOK</source>
            <translation>Registrer en valutakurs, for eksempel 1 EUR = 11,7 NOK</translation>
        </message>
        <message>
            <source>&amp;Update Prices…</source>
            <translation>&amp;Oppdater priser…</translation>
        </message>
        <message>
            <source>Today's price of every metal your designs use and a rate for every currency, in one form</source>
            <translation>Dagens pris for hvert metall designene dine bruker og en kurs for hver valuta, i ett skjema</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>Read dated prices and rates from a file downloaded earlier (ECB, Norges Bank, LBMA or a plain CSV), with a preview</source>
            <translation>Les inn daterte priser og kurser fra en fil du har lastet ned tidligere (ECB, Norges Bank, LBMA eller en vanlig CSV), med forhåndsvisning</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Rediger…</translation>
        </message>
        <message>
            <source>Change the selected row (Enter)</source>
            <translation>Endre den valgte raden (Enter)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>Delete the selected row (Delete key; Edit ▸ Undo brings it back)</source>
            <translation>Slett den valgte raden (Delete-tasten; Rediger ▸ Angre henter den tilbake)</translation>
        </message>
        <message>
            <source>1 price, newest {newest}</source>
            <translation>1 pris, nyeste {newest}</translation>
        </message>
        <message>
            <source>{count} prices, newest {newest}</source>
            <translation>{count} priser, nyeste {newest}</translation>
        </message>
        <message>
            <source>1 rate, newest {newest}</source>
            <translation>1 kurs, nyeste {newest}</translation>
        </message>
        <message>
            <source>{count} rates, newest {newest}</source>
            <translation>{count} kurser, nyeste {newest}</translation>
        </message>
        <message>
            <source>{metal} price of {price_date}</source>
            <translation>pris på {metal} for {price_date}</translation>
        </message>
        <message>
            <source>{from_currency}→{to_currency} rate of {rate_date}</source>
            <translation>kurs {from_currency}→{to_currency} for {rate_date}</translation>
        </message>
        <message>
            <source>New {what}</source>
            <translation>Ny {what}</translation>
        </message>
        <message>
            <source>Edit {what}</source>
            <translation>Rediger {what}</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Ikke lagret: {reason}</translation>
        </message>
        <message>
            <source>Saved the {what}.</source>
            <translation>Lagret {what}.</translation>
        </message>
        <message>
            <source>Delete {what}</source>
            <translation>Slett {what}</translation>
        </message>
        <message>
            <source>Not deleted: {reason}</source>
            <translation>Ikke slettet: {reason}</translation>
        </message>
        <message>
            <source>Deleted the {what}. Edit ▸ Undo brings it back.</source>
            <translation>Slettet {what}. Rediger ▸ Angre henter den tilbake.</translation>
        </message>
    </context>
    <context>
        <name>PrintLanguageBox</name>
        <message>
            <source>The language the tech pack is printed in: its headings, words and figures. What was typed into it prints as typed.</source>
            <translation>Språket tech packen skrives ut på: overskrifter, ord og tall. Det som er skrevet inn i den, skrives ut slik det står.</translation>
        </message>
    </context>
    <context>
        <name>QualityTab</name>
        <message>
            <source>Care card, barcode label on box base …</source>
            <translation>Pleiekort, strekkodeetikett under esken …</translation>
        </message>
        <message>
            <source>Packaging labels:</source>
            <translation>Emballasjeetiketter:</translation>
        </message>
        <message>
            <source>labels</source>
            <translation>etiketter</translation>
        </message>
        <message>
            <source>Stage {stage} needs its QC criteria: the factory checks against them.</source>
            <translation>Trinn {stage} trenger kriterier for kvalitetskontroll: fabrikken kontrollerer mot dem.</translation>
        </message>
        <message>
            <source>QC stage {stage}</source>
            <translation>QC-trinn {stage}</translation>
        </message>
    </context>
    <context>
        <name>QuoteComparison</name>
        <message>
            <source>Compare Quotes — {code} · {name}</source>
            <translation>Sammenlign tilbud — {code} · {name}</translation>
        </message>
        <message>
            <source>{code} · {name}</source>
            <translation>{code} · {name}</translation>
        </message>
        <message>
            <source>e.g. 50, 100, 300, 1000</source>
            <translation>f.eks. 50, 100, 300, 1000</translation>
        </message>
        <message>
            <source>&amp;Quantities:</source>
            <translation>&amp;Antall:</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>&amp;Sammenlign</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <source>(no score: {error})</source>
            <translation>(ingen poeng: {error})</translation>
        </message>
        <message>
            <source>1 quote</source>
            <translation>1 tilbud</translation>
        </message>
        <message>
            <source>{count} quotes</source>
            <translation>{count} tilbud</translation>
        </message>
        <message>
            <source>{quotes} · amounts in {base}, the workspace's base currency, each converted at the rate dated on or before its quote date · expired quotes are shown in italics and never marked best</source>
            <translation>{quotes} · beløp i {base}, arbeidsområdets basisvaluta, hvert omregnet med kursen datert på eller før tilbudsdatoen · utløpte tilbud vises i kursiv og markeres aldri som best</translation>
        </message>
        <message>
            <source>No quotes for this design yet.</source>
            <translation>Ingen tilbud på dette designet ennå.</translation>
        </message>
        <message>
            <source>The best value in each row is in bold on a tint: the lowest price, development cost, deposit and MOQ, the shortest lead times. Hover a price to see its tier, the MOQ and the order total.</source>
            <translation>Den beste verdien i hver rad står i fet skrift på farget bakgrunn: laveste pris, utviklingsgebyr, forskudd og MOQ, korteste leveringstider. Hold pekeren over en pris for å se pristrinnet, MOQ og ordresummen.</translation>
        </message>
        <message>
            <source>{quotes} expired: its prices may no longer hold.</source>
            <translation>{quotes} er utløpt: prisene gjelder kanskje ikke lenger.</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>utløpt</translation>
        </message>
        <message>
            <source>{supplier}, quote {quote} of {quoted_on}</source>
            <translation>{supplier}, tilbud {quote} datert {quoted_on}</translation>
        </message>
        <message>
            <source>in {to_currency}: not converted</source>
            <translation>i {to_currency}: ikke omregnet</translation>
        </message>
        <message>
            <source>1 {from_currency} = {rate} {to_currency} (rate of {rate_date})</source>
            <translation>1 {from_currency} = {rate} {to_currency} (kurs per {rate_date})</translation>
        </message>
        <message>
            <source>({note})</source>
            <translation>({note})</translation>
        </message>
        <message>
            <source>Exchange rate</source>
            <translation>Valutakurs</translation>
        </message>
        <message>
            <source>The rate each quote was converted at: the newest one dated on or before the quote's own date.</source>
            <translation>Kursen hvert tilbud ble omregnet med: den nyeste som er datert på eller før tilbudets egen dato.</translation>
        </message>
        <message>
            <source>open-ended</source>
            <translation>uten utløpsdato</translation>
        </message>
        <message>
            <source>{quoted_on} → {until}</source>
            <translation>{quoted_on} → {until}</translation>
        </message>
        <message>
            <source>(expired)</source>
            <translation>(utløpt)</translation>
        </message>
        <message>
            <source>Quoted → valid until</source>
            <translation>Tilbudsdato → gyldig til</translation>
        </message>
        <message>
            <source>(metal at {price} per g)</source>
            <translation>(metall til {price} per g)</translation>
        </message>
        <message>
            <source>Prices below add {grams} g of fine {metal} per piece at this basis.</source>
            <translation>Prisene nedenfor legger til {grams} g finmetall ({metal}) per stykk etter dette grunnlaget.</translation>
        </message>
        <message>
            <source>The design has no metal weight: prices below are the making charge alone, metal extra.</source>
            <translation>Designet har ingen metallvekt: prisene nedenfor er bare arbeidsprisen, metall kommer i tillegg.</translation>
        </message>
        <message>
            <source>Pricing</source>
            <translation>Prisgrunnlag</translation>
        </message>
        <message>
            <source>{quoted} — not converted</source>
            <translation>{quoted} — ikke omregnet</translation>
        </message>
        <message>
            <source>not converted</source>
            <translation>ikke omregnet</translation>
        </message>
        <message>
            <source>Not stated in the quote</source>
            <translation>Ikke oppgitt i tilbudet</translation>
        </message>
        <message>
            <source>Quoted: {quoted}</source>
            <translation>Tilbudt: {quoted}</translation>
        </message>
        <message>
            <source>{days} days</source>
            <translation>{days} dager</translation>
        </message>
        <message>
            <source>{percent} %</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <source>{pieces} pcs</source>
            <translation>{pieces} stk.</translation>
        </message>
        <message>
            <source>Tier from {pieces} pieces: {unit_price} per piece.</source>
            <translation>Pristrinn fra {pieces} stykk: {unit_price} per stykk.</translation>
        </message>
        <message>
            <source>Making charge {making_charge} + metal {metal_cost} ({grams} g fine {metal} at the quote's basis).</source>
            <translation>Arbeidspris {making_charge} + metall {metal_cost} ({grams} g finmetall ({metal}) etter tilbudets grunnlag).</translation>
        </message>
        <message>
            <source>+ metal</source>
            <translation>+ metall</translation>
        </message>
        <message>
            <source>Making charge only: the metal is invoiced on top, so this price is not ranked against all-in prices.</source>
            <translation>Bare arbeidspris: metallet faktureres i tillegg, så denne prisen rangeres ikke mot priser med alt inkludert.</translation>
        </message>
        <message>
            <source>(below MOQ {moq})</source>
            <translation>(under MOQ {moq})</translation>
        </message>
        <message>
            <source>You need {quantity} but the MOQ is {billed_quantity}: you are billed for {billed_quantity} × {unit_price} = {order_total}, which is {per_piece} for each piece you need.</source>
            <translation>Du trenger {quantity}, men MOQ er {billed_quantity}: du faktureres for {billed_quantity} × {unit_price} = {order_total}, som blir {per_piece} for hvert stykk du trenger.</translation>
        </message>
        <message>
            <source>Order of {quantity}: {order_total}.</source>
            <translation>Ordre på {quantity}: {order_total}.</translation>
        </message>
        <message>
            <source>Below the supplier's minimum order value of {min_order_value}.</source>
            <translation>Under leverandørens minste ordreverdi på {min_order_value}.</translation>
        </message>
    </context>
    <context>
        <name>QuoteEditor</name>
        <message>
            <source>&amp;Save Quote</source>
            <translation>&amp;Lagre tilbud</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Tilbud</translation>
        </message>
        <message>
            <source>Tech pack revision</source>
            <translation>Tech pack-revisjon</translation>
        </message>
        <message>
            <source>The issued tech pack revision this quote answers</source>
            <translation>Den utstedte tech pack-revisjonen dette tilbudet svarer på</translation>
        </message>
        <message>
            <source>The supplier's quote number</source>
            <translation>Leverandørens tilbudsnummer</translation>
        </message>
        <message>
            <source>Three letters (ISO 4217), e.g. EUR, THB, USD</source>
            <translation>Tre bokstaver (ISO 4217), f.eks. EUR, THB, USD</translation>
        </message>
        <message>
            <source>No end date</source>
            <translation>Ingen sluttdato</translation>
        </message>
        <message>
            <source>S&amp;upplier:</source>
            <translation>Leverandø&amp;r:</translation>
        </message>
        <message>
            <source>&amp;Design:</source>
            <translation>&amp;Design:</translation>
        </message>
        <message>
            <source>&amp;Tech pack revision:</source>
            <translation>&amp;Tech pack-revisjon:</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>Referans&amp;e:</translation>
        </message>
        <message>
            <source>&amp;Currency:</source>
            <translation>&amp;Valuta:</translation>
        </message>
        <message>
            <source>&amp;Quote date:</source>
            <translation>Tilbudsd&amp;ato:</translation>
        </message>
        <message>
            <source>&amp;Valid until:</source>
            <translation>&amp;Gyldig til:</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>Betingelser</translation>
        </message>
        <message>
            <source>Minimum order quantity for this style</source>
            <translation>Minste bestillingsmengde for denne modellen</translation>
        </message>
        <message>
            <source>&amp;MOQ:</source>
            <translation>&amp;MOQ:</translation>
        </message>
        <message>
            <source>Minimum &amp;order value:</source>
            <translation>Minste &amp;ordreverdi:</translation>
        </message>
        <message>
            <source>De&amp;posit:</source>
            <translation>&amp;Forskudd:</translation>
        </message>
        <message>
            <source>&amp;Incoterm:</source>
            <translation>In&amp;coterm:</translation>
        </message>
        <message>
            <source>&amp;Freight per shipment:</source>
            <translation>Frakt per &amp;sending:</translation>
        </message>
        <message>
            <source>Freight per pi&amp;ece:</source>
            <translation>Frakt per styk&amp;k:</translation>
        </message>
        <message>
            <source>S&amp;ample lead time:</source>
            <translation>Leveringstid for vare&amp;prøve:</translation>
        </message>
        <message>
            <source>Production lead time:</source>
            <translation>Leveringstid for produksjon:</translation>
        </message>
        <message>
            <source>Costing</source>
            <translation>Kalkyle</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ingen</translation>
        </message>
        <message>
            <source>Supplier's metal loss</source>
            <translation>Leverandørens metallsvinn</translation>
        </message>
        <message>
            <source>Metal a making-charge supplier bills on top of the finished weight (casting and filing loss), as a % of the fine metal. Empty: none. An all-in price includes the metal, so it has no loss of its own.</source>
            <translation>Metall som en leverandør med arbeidspris fakturerer i tillegg til ferdigvekten (svinn ved støping og filing), i % av finmetallet. Tomt: ingen. En pris med alt inkludert omfatter metallet og har derfor ikke eget svinn.</translation>
        </message>
        <message>
            <source>Supplier's metal loss:</source>
            <translation>Leverandørens metallsvinn:</translation>
        </message>
        <message>
            <source>Stones</source>
            <translation>Steiner</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Komponenter</translation>
        </message>
        <message>
            <source>Plating</source>
            <translation>Belegg</translation>
        </message>
        <message>
            <source>Packaging</source>
            <translation>Emballasje</translation>
        </message>
        <message>
            <source>You buy the stones and hand them to the supplier to set</source>
            <translation>Du kjøper steinene og gir dem til leverandøren for innfatning</translation>
        </message>
        <message>
            <source>You buy the clasps, jump rings, posts … and hand them over</source>
            <translation>Du kjøper låser, øskener, stifter … og leverer dem til leverandøren</translation>
        </message>
        <message>
            <source>You have the pieces plated elsewhere</source>
            <translation>Du får smykkene belagt et annet sted</translation>
        </message>
        <message>
            <source>You pack the pieces in your own boxes and pouches</source>
            <translation>Du pakker smykkene i egne esker og poser</translation>
        </message>
        <message>
            <source>{materials} supplied by us</source>
            <translation>{materials} levert av oss</translation>
        </message>
        <message>
            <source>In the comparison, ticked parts are costed from the BOM as “materials you supply”; the loss adds to the metal a making-charge quote bills.</source>
            <translation>I sammenligningen kalkuleres avkryssede deler fra materiallisten som «materialer du leverer»; svinnet legges til metallet et tilbud med arbeidspris fakturerer.</translation>
        </message>
        <message>
            <source>In the cost comparison, the parts you supply are costed from the design's bill of materials under “materials you supply” (the supplier's price is taken to leave them out), and a making-charge quote bills its metal with this loss.</source>
            <translation>I kostnadssammenligningen kalkuleres delene du leverer, fra designets materialliste under «materialer du leverer» (leverandørens pris regnes å være uten dem), og et tilbud med arbeidspris fakturerer metallet med dette svinnet.</translation>
        </message>
        <message>
            <source>Parts we supply (consigned):</source>
            <translation>Deler vi leverer selv (konsignasjon):</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Pris</translation>
        </message>
        <message>
            <source>All-in: the unit price includes the metal. Making charge + metal: the metal is invoiced on top, at the price per fine gram the quote assumes.</source>
            <translation>Alt inkludert: enhetsprisen omfatter metallet. Arbeidspris + metall: metallet faktureres i tillegg, til prisen per gram finmetall som tilbudet forutsetter.</translation>
        </message>
        <message>
            <source>The fine-metal price per gram the making charge assumes (the quote is re-priced if metal moves)</source>
            <translation>Finmetallprisen per gram som arbeidsprisen forutsetter (tilbudet prises om hvis metallprisen endrer seg)</translation>
        </message>
        <message>
            <source>Pricing &amp;basis:</source>
            <translation>Prisgr&amp;unnlag:</translation>
        </message>
        <message>
            <source>Meta&amp;l price per fine gram:</source>
            <translation>Metallpr&amp;is per gram finmetall:</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Enhetspris</translation>
        </message>
        <message>
            <source>Price tiers</source>
            <translation>Pristrinn</translation>
        </message>
        <message>
            <source>From (pieces)</source>
            <translation>Fra (stk.)</translation>
        </message>
        <message>
            <source>This price applies from {min_quantity} pieces</source>
            <translation>Denne prisen gjelder fra {min_quantity} stykk</translation>
        </message>
        <message>
            <source>(enter a price)</source>
            <translation>(skriv inn pris)</translation>
        </message>
        <message>
            <source>No price tiers yet: use New Tier for each quantity the supplier priced (e.g. 50, 100, 300, 1000).</source>
            <translation>Ingen pristrinn ennå: bruk Nytt pristrinn for hvert antall leverandøren har priset (f.eks. 50, 100, 300, 1000).</translation>
        </message>
        <message>
            <source>Ne&amp;w Tier</source>
            <translation>N&amp;ytt pristrinn</translation>
        </message>
        <message>
            <source>Add a quantity break (Insert in the table)</source>
            <translation>Legg til et mengdetrinn (Insert i tabellen)</translation>
        </message>
        <message>
            <source>Remove Tier</source>
            <translation>Fjern pristrinn</translation>
        </message>
        <message>
            <source>Remove the selected tier (Delete in the table)</source>
            <translation>Fjern det valgte pristrinnet (Delete i tabellen)</translation>
        </message>
        <message>
            <source>Price tiers — from a quantity, the unit price in the quote's currency; kept in order</source>
            <translation>Pristrinn — fra et antall, enhetsprisen i tilbudets valuta; holdes i rekkefølge</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notater</translation>
        </message>
        <message>
            <source>What the price includes or leaves out, conditions, what was agreed …</source>
            <translation>Hva prisen omfatter eller utelater, betingelser, hva som ble avtalt …</translation>
        </message>
        <message>
            <source>New Quote</source>
            <translation>Nytt tilbud</translation>
        </message>
        <message>
            <source>Quote {quote} — {design_code}</source>
            <translation>Tilbud {quote} — {design_code}</translation>
        </message>
        <message>
            <source>(no tech pack revision)</source>
            <translation>(ingen tech pack-revisjon)</translation>
        </message>
        <message>
            <source>issued {issued_on}</source>
            <translation>utstedt {issued_on}</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>utkast</translation>
        </message>
        <message>
            <source>Revision {revision} — {issued}</source>
            <translation>Revisjon {revision} — {issued}</translation>
        </message>
        <message>
            <source>Check the tiers: the unit price rises with quantity ({high_price} from {high_pieces} pieces is more than {low_price} from {low_pieces}). Save keeps it as typed.</source>
            <translation>Sjekk pristrinnene: enhetsprisen stiger med antallet ({high_price} fra {high_pieces} stk. er mer enn {low_price} fra {low_pieces} stk.). Lagre beholder det slik det er skrevet.</translation>
        </message>
        <message>
            <source>Choose the supplier who sent this quote (add suppliers under Suppliers first).</source>
            <translation>Velg leverandøren som sendte dette tilbudet (legg først til leverandører under Leverandører).</translation>
        </message>
        <message>
            <source>Choose the design this quote is for.</source>
            <translation>Velg designet dette tilbudet gjelder.</translation>
        </message>
        <message>
            <source>MOQ</source>
            <translation>MOQ</translation>
        </message>
        <message>
            <source>Enter the unit price for the tier from {quantity} pieces.</source>
            <translation>Skriv inn enhetsprisen for pristrinnet fra {quantity} stk.</translation>
        </message>
        <message>
            <source>{kind} fee</source>
            <translation>Gebyr ({kind})</translation>
        </message>
        <message>
            <source>Metal price per fine gram</source>
            <translation>Metallpris per gram finmetall</translation>
        </message>
        <message>
            <source>Sample lead time</source>
            <translation>Leveringstid for vareprøve</translation>
        </message>
        <message>
            <source>Production lead time</source>
            <translation>Leveringstid for produksjon</translation>
        </message>
        <message>
            <source>Minimum order value</source>
            <translation>Minste ordreverdi</translation>
        </message>
        <message>
            <source>Deposit</source>
            <translation>Forskudd</translation>
        </message>
        <message>
            <source>Freight per shipment</source>
            <translation>Frakt per sending</translation>
        </message>
        <message>
            <source>Freight per piece</source>
            <translation>Frakt per stykk</translation>
        </message>
        <message>
            <source>This workspace is open read-only: the quote cannot be saved.</source>
            <translation>Dette arbeidsområdet er åpnet skrivebeskyttet: tilbudet kan ikke lagres.</translation>
        </message>
        <message>
            <source>No {currency}→{base_currency} exchange rate on or before {on}: the quote can be saved, but the comparison cannot convert it until a rate is entered (Enter Prices…).</source>
            <translation>Ingen valutakurs {currency}→{base_currency} på eller før {on}: tilbudet kan lagres, men sammenligningen kan ikke regne det om før en kurs er lagt inn (Legg inn priser…).</translation>
        </message>
        <message>
            <source>Compared in {base_currency} at 1 {currency} = {rate} {base_currency} (rate of {when}).</source>
            <translation>Sammenlignet i {base_currency} til 1 {currency} = {rate} {base_currency} (kurs per {when}).</translation>
        </message>
        <message>
            <source>The rate is {note}.</source>
            <translation>Kursen er {note}.</translation>
        </message>
        <message>
            <source>New quote {quote}</source>
            <translation>Nytt tilbud {quote}</translation>
        </message>
        <message>
            <source>Edit quote {quote}</source>
            <translation>Rediger tilbud {quote}</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Ikke lagret: {reason}</translation>
        </message>
    </context>
    <context>
        <name>QuoteImportDialog</name>
        <message>
            <source>Quote files (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
            <translation>Tilbudsfiler (*.xlsx *.xlsm *.csv *.txt);;Alle filer (*)</translation>
        </message>
        <message>
            <source>Import Quotes</source>
            <translation>Importer tilbud</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>Ingen fil valgt</translation>
        </message>
        <message>
            <source>Choose &amp;File…</source>
            <translation>Velg &amp;fil…</translation>
        </message>
        <message>
            <source>From the file's design code column</source>
            <translation>Fra filens kolonne for designkode</translation>
        </message>
        <message>
            <source>The row that holds the column headings</source>
            <translation>Raden med kolonneoverskriftene</translation>
        </message>
        <message>
            <source>Valid &amp;until:</source>
            <translation>&amp;Gyldig til:</translation>
        </message>
        <message>
            <source>the supplier's quote number, if any</source>
            <translation>leverandørens tilbudsnummer, hvis det finnes</translation>
        </message>
        <message>
            <source>&amp;Supplier:</source>
            <translation>&amp;Leverandør:</translation>
        </message>
        <message>
            <source>&amp;Design:</source>
            <translation>&amp;Design:</translation>
        </message>
        <message>
            <source>S&amp;heet:</source>
            <translation>&amp;Ark:</translation>
        </message>
        <message>
            <source>Headings in &amp;row:</source>
            <translation>Overskrifter i &amp;rad:</translation>
        </message>
        <message>
            <source>Curre&amp;ncy:</source>
            <translation>&amp;Valuta:</translation>
        </message>
        <message>
            <source>&amp;Quote date:</source>
            <translation>&amp;Tilbudsdato:</translation>
        </message>
        <message>
            <source>Inco&amp;term:</source>
            <translation>In&amp;coterm:</translation>
        </message>
        <message>
            <source>R&amp;eference:</source>
            <translation>R&amp;eferanse:</translation>
        </message>
        <message>
            <source>Used where the file has no column for them.</source>
            <translation>Brukes der filen ikke har noen kolonne for dem.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Felt</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Kolonne i filen</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>Første verdi</translation>
        </message>
        <message>
            <source>Columns and defaults</source>
            <translation>Kolonner og standardverdier</translation>
        </message>
        <message>
            <source>Design</source>
            <translation>Design</translation>
        </message>
        <message>
            <source>Rev</source>
            <translation>Rev</translation>
        </message>
        <message>
            <source>Price tiers (from → per piece)</source>
            <translation>Pristrinn (fra → per stk.)</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <source>MOQ</source>
            <translation>MOQ</translation>
        </message>
        <message>
            <source>Development fees</source>
            <translation>Utviklingsgebyrer</translation>
        </message>
        <message>
            <source>Lead times</source>
            <translation>Leveringstider</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Leverandør</translation>
        </message>
        <message>
            <source>Import report</source>
            <translation>Importrapport</translation>
        </message>
        <message>
            <source>What will be stored</source>
            <translation>Dette blir lagret</translation>
        </message>
        <message>
            <source>Report: rows skipped and why</source>
            <translation>Rapport: rader som hoppes over, og hvorfor</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <source>Quantity (tier from, pieces)</source>
            <translation>Antall (trinn fra, stk.)</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Enhetspris</translation>
        </message>
        <message>
            <source>Design code</source>
            <translation>Designkode</translation>
        </message>
        <message>
            <source>MOQ (pieces)</source>
            <translation>MOQ (stk.)</translation>
        </message>
        <message>
            <source>Quote reference</source>
            <translation>Tilbudsreferanse</translation>
        </message>
        <message>
            <source>Quote date</source>
            <translation>Tilbudsdato</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Gyldig til</translation>
        </message>
        <message>
            <source>Incoterm</source>
            <translation>Incoterm</translation>
        </message>
        <message>
            <source>Sample lead time (days)</source>
            <translation>Leveringstid for vareprøve (dager)</translation>
        </message>
        <message>
            <source>Production lead time (days)</source>
            <translation>Leveringstid for produksjon (dager)</translation>
        </message>
        <message>
            <source>CAD fee</source>
            <translation>CAD-gebyr</translation>
        </message>
        <message>
            <source>Mould fee</source>
            <translation>Gummiformgebyr</translation>
        </message>
        <message>
            <source>Tooling fee</source>
            <translation>Verktøygebyr</translation>
        </message>
        <message>
            <source>Sample fee</source>
            <translation>Vareprøvegebyr</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notater</translation>
        </message>
        <message>
            <source>A jewelbench quote template ({design_code} rev {revision}, from {supplier}): the RFQ it answers says the design, revision and supplier.</source>
            <translation>En tilbudsmal fra jewelbench ({design_code} rev. {revision}, fra {supplier}): forespørselen den svarer på, angir design, revisjon og leverandør.</translation>
        </message>
        <message>
            <source>A jewelbench quote template: the RFQ it answers says the design, revision and supplier.</source>
            <translation>En tilbudsmal fra jewelbench: forespørselen den svarer på, angir design, revisjon og leverandør.</translation>
        </message>
        <message>
            <source>sheet ‘{sheet}’</source>
            <translation>arket «{sheet}»</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>CSV-filen</translation>
        </message>
        <message>
            <source>Read the {where}: headings in row {header_row}, {count} rows below them. Each row is a price tier: quantity → unit price.</source>
            <translation>Lest fra {where}: overskrifter i rad {header_row}, {count} rader under dem. Hver rad er et pristrinn: antall → enhetspris.</translation>
        </message>
        <message>
            <source>— not in the file —</source>
            <translation>— ikke i filen —</translation>
        </message>
        <message>
            <source>Add the supplier under Suppliers first: a quote belongs to one.</source>
            <translation>Legg til leverandøren under Leverandører først: et tilbud hører til én leverandør.</translation>
        </message>
        <message>
            <source>Nothing can be imported from this file: see the report.</source>
            <translation>Ingenting kan importeres fra denne filen: se rapporten.</translation>
        </message>
        <message>
            <source> (refundable)</source>
            <translation> (refunderes)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ingen</translation>
        </message>
        <message>
            <source>sample {days} d</source>
            <translation>vareprøve {days} d</translation>
        </message>
        <message>
            <source>production {days} d</source>
            <translation>produksjon {days} d</translation>
        </message>
        <message>
            <source>{count} empty row(s) ignored</source>
            <translation>Tomme rader ignorert: {count}</translation>
        </message>
        <message>
            <source>Every row was read: nothing skipped.</source>
            <translation>Alle rader ble lest: ingenting ble hoppet over.</translation>
        </message>
        <message>
            <source>&amp;Import 1 Quote</source>
            <translation>&amp;Importer 1 tilbud</translation>
        </message>
        <message>
            <source>&amp;Import {count} Quotes</source>
            <translation>&amp;Importer {count} tilbud</translation>
        </message>
        <message>
            <source>This workspace is open read-only: nothing can be imported.</source>
            <translation>Dette arbeidsområdet er åpnet skrivebeskyttet: ingenting kan importeres.</translation>
        </message>
        <message>
            <source>Nothing can be imported yet: see the report.</source>
            <translation>Ingenting kan importeres ennå: se rapporten.</translation>
        </message>
        <message>
            <source>No quote to import: see the report.</source>
            <translation>Ingen tilbud å importere: se rapporten.</translation>
        </message>
        <message>
            <source>Check the preview, then Import. Nothing is stored before.</source>
            <translation>Kontroller forhåndsvisningen, og velg deretter Importer. Ingenting lagres før det.</translation>
        </message>
        <message>
            <source>{count} row(s) will be left out.</source>
            <translation>Rader som blir utelatt: {count}.</translation>
        </message>
        <message>
            <source>reference {reference}</source>
            <translation>referanse {reference}</translation>
        </message>
        <message>
            <source>valid until {valid_until}</source>
            <translation>gyldig til {valid_until}</translation>
        </message>
        <message>
            <source>no validity date</source>
            <translation>ingen gyldighetsdato</translation>
        </message>
        <message>
            <source>deposit {deposit_pct} %</source>
            <translation>forskudd {deposit_pct} %</translation>
        </message>
        <message>
            <source>Notes: {notes}</source>
            <translation>Notater: {notes}</translation>
        </message>
        <message>
            <source>Import 1 quote from {name}</source>
            <translation>Importer 1 tilbud fra {name}</translation>
        </message>
        <message>
            <source>Import {count} quotes from {name}</source>
            <translation>Importer {count} tilbud fra {name}</translation>
        </message>
        <message>
            <source>Nothing was imported: {reason}</source>
            <translation>Ingenting ble importert: {reason}</translation>
        </message>
        <message>
            <source>Imported 1 quote. Edit ▸ Undo removes it again.</source>
            <translation>Importerte 1 tilbud. Rediger ▸ Angre fjerner det igjen.</translation>
        </message>
        <message>
            <source>Imported {count} quotes. Edit ▸ Undo removes them again.</source>
            <translation>Importerte {count} tilbud. Rediger ▸ Angre fjerner dem igjen.</translation>
        </message>
    </context>
    <context>
        <name>QuotesView</name>
        <message>
            <source>Design</source>
            <translation>Design</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Leverandør</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referanse</translation>
        </message>
        <message>
            <source>Quoted</source>
            <translation>Tilbudsdato</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Gyldig til</translation>
        </message>
        <message>
            <source>MOQ</source>
            <translation>MOQ</translation>
        </message>
        <message>
            <source>Development</source>
            <translation>Utvikling</translation>
        </message>
        <message>
            <source>CAD, mould, tooling and sample fees</source>
            <translation>Gebyrer for CAD, gummiform, verktøy og vareprøver</translation>
        </message>
        <message>
            <source>Incoterm</source>
            <translation>Incoterm</translation>
        </message>
        <message>
            <source>Lead time</source>
            <translation>Leveringstid</translation>
        </message>
        <message>
            <source>{days} days</source>
            <translation>{days} dager</translation>
        </message>
        <message>
            <source>Rev</source>
            <translation>Rev</translation>
        </message>
        <message>
            <source>The tech pack revision this quote answers</source>
            <translation>Revisjonen av tech packen som dette tilbudet svarer på</translation>
        </message>
        <message>
            <source>Price tiers</source>
            <translation>Pristrinn</translation>
        </message>
        <message>
            <source>from {quantity} pieces: {price}</source>
            <translation>fra {quantity} stykk: {price}</translation>
        </message>
        <message>
            <source>Quotes</source>
            <translation>Tilbud</translation>
        </message>
        <message>
            <source>No quotes yet. Use New Quote to enter a supplier's quote, with its price tiers and fees.</source>
            <translation>Ingen tilbud ennå. Bruk Nytt tilbud for å legge inn et tilbud fra en leverandør, med pristrinn og gebyrer.</translation>
        </message>
        <message>
            <source>Design, supplier, reference or notes (Ctrl+F)</source>
            <translation>Design, leverandør, referanse eller notater (Ctrl+F)</translation>
        </message>
        <message>
            <source>Show every quote again</source>
            <translation>Vis alle tilbud igjen</translation>
        </message>
        <message>
            <source>&amp;New Quote…</source>
            <translation>&amp;Nytt tilbud…</translation>
        </message>
        <message>
            <source>Enter a supplier's quote for a design</source>
            <translation>Legg inn et tilbud fra en leverandør på et design</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Rediger…</translation>
        </message>
        <message>
            <source>Change the selected quote (Ctrl+E)</source>
            <translation>Endre det valgte tilbudet (Ctrl+E)</translation>
        </message>
        <message>
            <source>Co&amp;mpare…</source>
            <translation>Sa&amp;mmenlign…</translation>
        </message>
        <message>
            <source>Every quote for the selected quote's design, side by side in the base currency</source>
            <translation>Alle tilbud på designet til det valgte tilbudet, side om side i basisvalutaen</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Slett…</translation>
        </message>
        <message>
            <source>Delete the selected quote (Delete); undoable</source>
            <translation>Slett det valgte tilbudet (Delete); kan angres</translation>
        </message>
        <message>
            <source>Delete Quote</source>
            <translation>Slett tilbud</translation>
        </message>
        <message>
            <source>1 quote</source>
            <translation>1 tilbud</translation>
        </message>
        <message>
            <source>{count} quotes</source>
            <translation>{count} tilbud</translation>
        </message>
        <message>
            <source>1 design</source>
            <translation>1 design</translation>
        </message>
        <message>
            <source>{designs} designs</source>
            <translation>{designs} design</translation>
        </message>
        <message>
            <source>{quotes} for {for_designs}, {expired} expired</source>
            <translation>{quotes} for {for_designs}, {expired} utløpt</translation>
        </message>
        <message>
            <source>{shown} of {total} quotes</source>
            <translation>{shown} av {total} tilbud</translation>
        </message>
        <message>
            <source>Showing quotes for {design} from {supplier}</source>
            <translation>Viser tilbud på {design} fra {supplier}</translation>
        </message>
        <message>
            <source>Showing quotes for {design}</source>
            <translation>Viser tilbud på {design}</translation>
        </message>
        <message>
            <source>Showing quotes from {supplier}</source>
            <translation>Viser tilbud fra {supplier}</translation>
        </message>
        <message>
            <source>{date} (expired)</source>
            <translation>{date} (utløpt)</translation>
        </message>
        <message>
            <source>Quote saved.</source>
            <translation>Tilbudet er lagret.</translation>
        </message>
        <message>
            <source>Delete quote</source>
            <translation>Slett tilbud</translation>
        </message>
        <message>
            <source>Delete quote {quote} from {supplier} for {design_code}?</source>
            <translation>Slette tilbud {quote} fra {supplier} på {design_code}?</translation>
        </message>
        <message>
            <source>Its {tiers} and {fees} go with it. Edit ▸ Undo brings it back.</source>
            <translation>Tilbudets {tiers} og {fees} slettes sammen med det. Rediger ▸ Angre henter det tilbake.</translation>
        </message>
        <message>
            <source>price tier</source>
            <translation>pristrinn</translation>
        </message>
        <message>
            <source>{count} price tiers</source>
            <translation>{count} pristrinn</translation>
        </message>
        <message>
            <source>development fee</source>
            <translation>utviklingsgebyr</translation>
        </message>
        <message>
            <source>{count} development fees</source>
            <translation>{count} utviklingsgebyrer</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>Delete quote {quote}</source>
            <translation>Slett tilbud {quote}</translation>
        </message>
        <message>
            <source>Not deleted: {reason}</source>
            <translation>Ikke slettet: {reason}</translation>
        </message>
        <message>
            <source>Quote deleted. Edit ▸ Undo brings it back.</source>
            <translation>Tilbudet er slettet. Rediger ▸ Angre henter det tilbake.</translation>
        </message>
        <message>
            <source>&amp;Edit Quote…</source>
            <translation>&amp;Rediger tilbud…</translation>
        </message>
        <message>
            <source>&amp;Compare Quotes for {design_code}…</source>
            <translation>Sa&amp;mmenlign tilbud på {design_code}…</translation>
        </message>
        <message>
            <source>Open Tech Pack Revision {revision}</source>
            <translation>Åpne tech pack-revisjon {revision}</translation>
        </message>
        <message>
            <source>No Tech Pack Revision</source>
            <translation>Ingen tech pack-revisjon</translation>
        </message>
        <message>
            <source>Open Supplier {supplier}</source>
            <translation>Åpne leverandør {supplier}</translation>
        </message>
        <message>
            <source>Show Samples of {design_code}</source>
            <translation>Vis vareprøver av {design_code}</translation>
        </message>
        <message>
            <source>Show Only Quotes for {design_code}</source>
            <translation>Vis bare tilbud på {design_code}</translation>
        </message>
        <message>
            <source>Show Only Quotes from {supplier}</source>
            <translation>Vis bare tilbud fra {supplier}</translation>
        </message>
        <message>
            <source>&amp;Delete Quote…</source>
            <translation>&amp;Slett tilbud…</translation>
        </message>
    </context>
    <context>
        <name>RecordPicker</name>
        <message>
            <source>Type a {what}'s code or name.</source>
            <translation>Skriv inn kode eller navn ({what}).</translation>
        </message>
        <message>
            <source>There is no {what} to choose yet.</source>
            <translation>Det finnes ingen {what} å velge ennå.</translation>
        </message>
        <message>
            <source>No {what} matches “{typed}”.</source>
            <translation>Ingen {what} passer til «{typed}».</translation>
        </message>
        <message>
            <source>“{typed}” matches more than one {what}: type more of the code, or press Down and choose one.</source>
            <translation>«{typed}» gir flere treff ({what}): skriv mer av koden, eller trykk pil ned og velg fra listen.</translation>
        </message>
    </context>
    <context>
        <name>RequestSampleDialog</name>
        <message>
            <source>Request Sample</source>
            <translation>Be om vareprøve</translation>
        </message>
        <message>
            <source>Tech pack revision</source>
            <translation>Tech pack-revisjon</translation>
        </message>
        <message>
            <source>e.g. with 8 mm centre pearls; courier account</source>
            <translation>f.eks. med 8 mm perler i midten; kurerkonto</translation>
        </message>
        <message>
            <source>&amp;Design:</source>
            <translation>&amp;Design:</translation>
        </message>
        <message>
            <source>&amp;Supplier:</source>
            <translation>&amp;Leverandør:</translation>
        </message>
        <message>
            <source>Tech pack &amp;revision:</source>
            <translation>Tech pack-&amp;revisjon:</translation>
        </message>
        <message>
            <source>Re&amp;quested on:</source>
            <translation>&amp;Forespurt den:</translation>
        </message>
        <message>
            <source>Round:</source>
            <translation>Runde:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Merknader:</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Be om vareprøve</translation>
        </message>
        <message>
            <source>{revision} — issued {issued_on}</source>
            <translation>{revision} — utstedt {issued_on}</translation>
        </message>
        <message>
            <source>(current)</source>
            <translation>(gjeldende)</translation>
        </message>
        <message>
            <source>No issued revision</source>
            <translation>Ingen utstedt revisjon</translation>
        </message>
        <message>
            <source>Round {number} with this supplier</source>
            <translation>Runde {number} med denne leverandøren</translation>
        </message>
        <message>
            <source>Round 1: the first with this supplier</source>
            <translation>Runde 1: den første med denne leverandøren</translation>
        </message>
        <message>
            <source>Choose the design to sample.</source>
            <translation>Velg designet det skal lages vareprøve av.</translation>
        </message>
        <message>
            <source>Choose the supplier to make the sample (add suppliers in Suppliers first).</source>
            <translation>Velg leverandøren som skal lage vareprøven (legg først inn leverandører under Leverandører).</translation>
        </message>
        <message>
            <source>{code} has no issued tech pack revision to make a sample to: issue its tech pack first (Designs ▸ Tech Pack…).</source>
            <translation>{code} har ingen utstedt tech pack-revisjon å lage vareprøve etter: utsted tech packen først (Design ▸ Tech pack…).</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Ikke lagret: {reason}</translation>
        </message>
    </context>
    <context>
        <name>RfqDialog</name>
        <message>
            <source>Ex works: you collect from the factory</source>
            <translation>Ex works: du henter hos fabrikken</translation>
        </message>
        <message>
            <source>Free on board: delivered onto the ship or plane at their port</source>
            <translation>Free on board: levert om bord på skip eller fly i leverandørens havn</translation>
        </message>
        <message>
            <source>Cost, insurance and freight: to your port</source>
            <translation>Cost, insurance and freight: frem til din havn</translation>
        </message>
        <message>
            <source>Delivered duty paid: to your door, duties included</source>
            <translation>Delivered duty paid: helt frem til døren, toll inkludert</translation>
        </message>
        <message>
            <source>New Request for Quotation</source>
            <translation>Ny forespørsel om tilbud</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>f.eks. {example}</translation>
        </message>
        <message>
            <source>Pieces to be priced, separated by / , or spaces; 1,000 is one thousand.</source>
            <translation>Antall stykk som skal prises, skilt med / , eller mellomrom; 1,000 betyr tusen.</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Leverandør</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Quotes in</source>
            <translation>Tilbudsvaluta</translation>
        </message>
        <message>
            <source>Letter in</source>
            <translation>Brev på</translation>
        </message>
        <message>
            <source>Suppliers to ask</source>
            <translation>Leverandører som spørres</translation>
        </message>
        <message>
            <source>Tick each supplier to ask (Space ticks): each gets its own PDF.</source>
            <translation>Kryss av for hver leverandør du vil spørre (mellomrom krysser av): hver får sin egen PDF.</translation>
        </message>
        <message>
            <source>No suppliers yet: add the factories to ask under Suppliers first.</source>
            <translation>Ingen leverandører ennå: legg først inn fabrikkene du vil spørre, under Leverandører.</translation>
        </message>
        <message>
            <source>Each supplier's own currency</source>
            <translation>Hver leverandørs egen valuta</translation>
        </message>
        <message>
            <source>&amp;Incoterm:</source>
            <translation>&amp;Incoterm:</translation>
        </message>
        <message>
            <source>Printed on every supplier's letter, e.g. centre stone consigned by us</source>
            <translation>Skrives ut på brevet til hver leverandør, f.eks. hovedsteinen leveres av oss</translation>
        </message>
        <message>
            <source>&amp;Design:</source>
            <translation>&amp;Design:</translation>
        </message>
        <message>
            <source>Tech pack &amp;revision:</source>
            <translation>Tech pack-&amp;revisjon:</translation>
        </message>
        <message>
            <source>&amp;Quantities:</source>
            <translation>&amp;Antall:</translation>
        </message>
        <message>
            <source>&amp;Suppliers:</source>
            <translation>&amp;Leverandører:</translation>
        </message>
        <message>
            <source>Reply &amp;by:</source>
            <translation>&amp;Svar innen:</translation>
        </message>
        <message>
            <source>Q&amp;uote in:</source>
            <translation>&amp;Tilbudsvaluta:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Merknader:</translation>
        </message>
        <message>
            <source>Create and &amp;Write PDFs…</source>
            <translation>Opprett og s&amp;kriv PDF-er…</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Opprett</translation>
        </message>
        <message>
            <source>Save the RFQ now and write its PDFs later from Requests for Quotation</source>
            <translation>Lagre forespørselen nå og skriv PDF-ene senere fra Forespørsler om tilbud</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Papir:</translation>
        </message>
        <message>
            <source>Ask several suppliers to price the same issued tech pack at the same quantities. Whoever sends a quote for the design after today has answered.</source>
            <translation>Be flere leverandører om å prise den samme utstedte tech packen i de samme antallene. Den som sender et tilbud på designet etter i dag, har svart.</translation>
        </message>
        <message>
            <source>This workspace is open read-only: an RFQ cannot be saved.</source>
            <translation>Dette arbeidsområdet er åpnet skrivebeskyttet: forespørselen om tilbud kan ikke lagres.</translation>
        </message>
        <message>
            <source>{weekday}, already passed</source>
            <translation>{weekday}, allerede passert</translation>
        </message>
        <message>
            <source>{weekday}, today</source>
            <translation>{weekday}, i dag</translation>
        </message>
        <message>
            <source>{weekday}, tomorrow</source>
            <translation>{weekday}, i morgen</translation>
        </message>
        <message>
            <source>{weekday}, in {days} days</source>
            <translation>{weekday}, om {days} dager</translation>
        </message>
        <message>
            <source>Revision {revision}, issued {issued}</source>
            <translation>Revisjon {revision}, utstedt {issued}</translation>
        </message>
        <message>
            <source>Pick the design to be quoted.</source>
            <translation>Velg designet som skal prises.</translation>
        </message>
        <message>
            <source>Issue a tech pack revision first: {code} has none issued yet, and an RFQ sends an issued revision so that every supplier prices the same tech pack (Tech Pack… in Designs).</source>
            <translation>Utsted en tech pack-revisjon først: {code} har ingen utstedt ennå, og en forespørsel om tilbud sender en utstedt revisjon, slik at alle leverandørene priser den samme tech packen (Tech pack… under Design).</translation>
        </message>
        <message>
            <source>Each supplier receives this revision's tech pack, frozen as issued.</source>
            <translation>Hver leverandør får tech packen for denne revisjonen, låst slik den ble utstedt.</translation>
        </message>
        <message>
            <source>{count} quantities to price: {quantities}</source>
            <translation>{count} mengder skal prises: {quantities}</translation>
        </message>
        <message>
            <source>1 quantity to price: {quantities}</source>
            <translation>1 mengde skal prises: {quantities}</translation>
        </message>
        <message>
            <source>Tick at least one supplier to send the RFQ to.</source>
            <translation>Kryss av for minst én leverandør å sende forespørselen til.</translation>
        </message>
        <message>
            <source>The RFQ was not saved: {reason}</source>
            <translation>Forespørselen ble ikke lagret: {reason}</translation>
        </message>
        <message>
            <source>{reference} saved for {code}, sent to 1 supplier.</source>
            <translation>{reference} er lagret for {code} og sendt til 1 leverandør.</translation>
        </message>
        <message>
            <source>{reference} saved for {code}, sent to {count} suppliers.</source>
            <translation>{reference} er lagret for {code} og sendt til {count} leverandører.</translation>
        </message>
        <message>
            <source>sending this request for quotation</source>
            <translation>sending av denne forespørselen om tilbud</translation>
        </message>
        <message>
            <source>Folder for the RFQ PDFs</source>
            <translation>Mappe for PDF-ene til forespørselen</translation>
        </message>
    </context>
    <context>
        <name>RfqListDialog</name>
        <message>
            <source>Requests for Quotation</source>
            <translation>Forespørsler om tilbud</translation>
        </message>
        <message>
            <source>RFQ</source>
            <translation>Forespørsel</translation>
        </message>
        <message>
            <source>Design</source>
            <translation>Design</translation>
        </message>
        <message>
            <source>Rev</source>
            <translation>Rev</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sendt</translation>
        </message>
        <message>
            <source>Reply by</source>
            <translation>Svarfrist</translation>
        </message>
        <message>
            <source>Quantities</source>
            <translation>Antall</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>Svar</translation>
        </message>
        <message>
            <source>No requests for quotation yet. New RFQ… sends a design's issued tech pack to several suppliers at once, one PDF each, and this list follows who has answered.</source>
            <translation>Ingen forespørsler om tilbud ennå. Ny forespørsel… sender den utstedte tech packen for et design til flere leverandører samtidig, én PDF til hver, og denne listen følger med på hvem som har svart.</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Leverandør</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Quotes in</source>
            <translation>Tilbudsvaluta</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>&amp;New RFQ…</source>
            <translation>&amp;Ny forespørsel…</translation>
        </message>
        <message>
            <source>&amp;Write PDFs…</source>
            <translation>Skriv &amp;PDF-er…</translation>
        </message>
        <message>
            <source>Write this RFQ's PDFs again, one per supplier</source>
            <translation>Skriv PDF-ene for denne forespørselen på nytt, én per leverandør</translation>
        </message>
        <message>
            <source>Quote &amp;Template…</source>
            <translation>&amp;Tilbudsmal…</translation>
        </message>
        <message>
            <source>Save an .xlsx quote template for the selected supplier to fill in; File ▸ Import Quotes reads it back</source>
            <translation>Lagre en tilbudsmal i .xlsx som den valgte leverandøren kan fylle ut; Fil ▸ Importer tilbud leser den inn igjen</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Slett…</translation>
        </message>
        <message>
            <source>1 RFQ · {waiting} waiting for answers · {overdue} with a supplier overdue</source>
            <translation>1 forespørsel · {waiting} venter på svar · {overdue} med forsinket leverandør</translation>
        </message>
        <message>
            <source>{count} RFQs · {waiting} waiting for answers · {overdue} with a supplier overdue</source>
            <translation>{count} forespørsler · {waiting} venter på svar · {overdue} med forsinket leverandør</translation>
        </message>
        <message>
            <source>Showing RFQs for {code}</source>
            <translation>Viser forespørsler for {code}</translation>
        </message>
        <message>
            <source>Showing RFQs sent to {supplier}</source>
            <translation>Viser forespørsler sendt til {supplier}</translation>
        </message>
        <message>
            <source> sent to {supplier}</source>
            <translation> sendt til {supplier}</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Vis alle</translation>
        </message>
        <message>
            <source>No RFQ selected</source>
            <translation>Ingen forespørsel valgt</translation>
        </message>
        <message>
            <source>{reference} · {design_code} {design_name} · revision {revision}</source>
            <translation>{reference} · {design_code} {design_name} · revisjon {revision}</translation>
        </message>
        <message>
            <source>Sent {created_on}, reply by {reply_by}</source>
            <translation>Sendt {created_on}, svarfrist {reply_by}</translation>
        </message>
        <message>
            <source>quantities {quantities}</source>
            <translation>antall {quantities}</translation>
        </message>
        <message>
            <source>quoted in {currency}, {incoterm}</source>
            <translation>tilbud i {currency}, {incoterm}</translation>
        </message>
        <message>
            <source>each supplier's own currency</source>
            <translation>hver leverandørs egen valuta</translation>
        </message>
        <message>
            <source>Note: {notes}</source>
            <translation>Merknad: {notes}</translation>
        </message>
        <message>
            <source>Answered ✓ {answered_on}</source>
            <translation>Svart ✓ {answered_on}</translation>
        </message>
        <message>
            <source>(1 day late)</source>
            <translation>(1 dag for sent)</translation>
        </message>
        <message>
            <source>({days} days late)</source>
            <translation>({days} dager for sent)</translation>
        </message>
        <message>
            <source>Overdue ⚠ 1 day</source>
            <translation>Forsinket ⚠ 1 dag</translation>
        </message>
        <message>
            <source>Overdue ⚠ {days} days</source>
            <translation>Forsinket ⚠ {days} dager</translation>
        </message>
        <message>
            <source>Awaiting · due today</source>
            <translation>Venter · frist i dag</translation>
        </message>
        <message>
            <source>Awaiting · 1 day left</source>
            <translation>Venter · 1 dag igjen</translation>
        </message>
        <message>
            <source>Awaiting · {days} days left</source>
            <translation>Venter · {days} dager igjen</translation>
        </message>
        <message>
            <source>no supplier left</source>
            <translation>ingen leverandører igjen</translation>
        </message>
        <message>
            <source>{answered} of {count} answered ✓</source>
            <translation>{answered} av {count} har svart ✓</translation>
        </message>
        <message>
            <source>{overdue} overdue ⚠</source>
            <translation>{overdue} forsinket ⚠</translation>
        </message>
        <message>
            <source>{awaiting} awaiting</source>
            <translation>{awaiting} venter</translation>
        </message>
        <message>
            <source>Select the supplier the quote template is for.</source>
            <translation>Velg leverandøren tilbudsmalen skal gjelde for.</translation>
        </message>
        <message>
            <source>Wrote {file}: Import Quotes reads it back once filled in.</source>
            <translation>Skrev {file}: Importer tilbud leser den inn igjen når den er fylt ut.</translation>
        </message>
        <message>
            <source>writing the request's letters</source>
            <translation>utskrift av brevene til forespørselen</translation>
        </message>
        <message>
            <source>Folder for the RFQ PDFs</source>
            <translation>Mappe for PDF-ene til forespørselen</translation>
        </message>
        <message>
            <source>Delete RFQ</source>
            <translation>Slett forespørsel</translation>
        </message>
        <message>
            <source>Delete {reference} for {design_code} revision {revision}?</source>
            <translation>Slette {reference} for {design_code} revisjon {revision}?</translation>
        </message>
        <message>
            <source>Its quantities and its list of 1 supplier go with it.</source>
            <translation>Antallene og listen med 1 leverandør slettes sammen med den.</translation>
        </message>
        <message>
            <source>Its quantities and its list of {suppliers} suppliers go with it.</source>
            <translation>Antallene og listen med {suppliers} leverandører slettes sammen med den.</translation>
        </message>
        <message>
            <source>The quote already received stays under Quotes.</source>
            <translation>Tilbudet som allerede er mottatt, blir værende under Tilbud.</translation>
        </message>
        <message>
            <source>The {answered} quotes already received stay under Quotes.</source>
            <translation>De {answered} tilbudene som allerede er mottatt, blir værende under Tilbud.</translation>
        </message>
        <message>
            <source>PDFs already written are not touched. Edit ▸ Undo brings the RFQ back.</source>
            <translation>PDF-er som allerede er skrevet, blir ikke rørt. Rediger ▸ Angre henter forespørselen tilbake.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>{reference} was not deleted: {reason}</source>
            <translation>{reference} ble ikke slettet: {reason}</translation>
        </message>
        <message>
            <source>{reference} deleted. Edit ▸ Undo brings it back.</source>
            <translation>{reference} er slettet. Rediger ▸ Angre henter den tilbake.</translation>
        </message>
    </context>
    <context>
        <name>RoundingNote</name>
        <message>
            <source>Each figure is the exact cost rounded once to the currency's smallest unit, so a rounded cost a piece times the pieces can miss the rounded year by a little: the rounding says by how much.</source>
            <translation>Hvert tall er den eksakte kostnaden avrundet én gang til valutaens minste enhet, så en avrundet kostnad per stykk ganger antall stykk kan avvike litt fra den avrundede årssummen: avrundingen viser hvor mye.</translation>
        </message>
        <message>
            <source>Rounding</source>
            <translation>Avrunding</translation>
        </message>
        <message>
            <source>In-house</source>
            <translation>Egenproduksjon</translation>
        </message>
        <message>
            <source>Rounding, {name}: {per_piece} a piece × {pieces} = {product}; rounding {rounding} = {total} a year</source>
            <translation>Avrunding, {name}: {per_piece} per stykk × {pieces} = {product}; avrunding {rounding} = {total} per år</translation>
        </message>
    </context>
    <context>
        <name>RouteTable</name>
        <message>
            <source>Route</source>
            <translation>Alternativ</translation>
        </message>
        <message>
            <source>A year</source>
            <translation>Per år</translation>
        </message>
        <message>
            <source>A piece</source>
            <translation>Per stykk</translation>
        </message>
        <message>
            <source>Against in-house</source>
            <translation>Mot egenproduksjon</translation>
        </message>
        <message>
            <source>In-house cheaper</source>
            <translation>Egenproduksjon billigere</translation>
        </message>
        <message>
            <source>Each route's cost</source>
            <translation>Kostnaden for hvert alternativ</translation>
        </message>
    </context>
    <context>
        <name>SampleRoundEditor</name>
        <message>
            <source>&amp;Measurements</source>
            <translation>&amp;Målinger</translation>
        </message>
        <message>
            <source>&amp;QC</source>
            <translation>&amp;QC</translation>
        </message>
        <message>
            <source>&amp;Photos</source>
            <translation>&amp;Bilder</translation>
        </message>
        <message>
            <source>D&amp;ecision</source>
            <translation>&amp;Avgjørelse</translation>
        </message>
        <message>
            <source>This workspace is open read-only: nothing here can be changed.</source>
            <translation>Dette arbeidsområdet er åpnet skrivebeskyttet: ingenting her kan endres.</translation>
        </message>
        <message>
            <source>This round names no tech pack revision, so there are no tolerances to measure against: the values are kept as entered.</source>
            <translation>Denne runden viser ikke til noen tech pack-revisjon, så det finnes ingen toleranser å måle mot: verdiene beholdes slik de er skrevet inn.</translation>
        </message>
        <message>
            <source>&amp;Received</source>
            <translation>M&amp;ottatt</translation>
        </message>
        <message>
            <source>Tick when the sample has arrived</source>
            <translation>Kryss av når vareprøven har kommet</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>Mottatt den</translation>
        </message>
        <message>
            <source>Arrival:</source>
            <translation>Ankomst:</translation>
        </message>
        <message>
            <source>Measured weight</source>
            <translation>Målt vekt</translation>
        </message>
        <message>
            <source>Measured &amp;weight:</source>
            <translation>Målt &amp;vekt:</translation>
        </message>
        <message>
            <source>Dimensions</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>(critical)</source>
            <translation>(kritisk)</translation>
        </message>
        <message>
            <source>Critical to fit or function</source>
            <translation>Kritisk for passform eller funksjon</translation>
        </message>
        <message>
            <source>Nominal</source>
            <translation>Nominelt</translation>
        </message>
        <message>
            <source>Tolerance</source>
            <translation>Toleranse</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>Målt</translation>
        </message>
        <message>
            <source>Double-click or type to enter the measured value ({unit})</source>
            <translation>Dobbeltklikk eller skriv for å legge inn den målte verdien ({unit})</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>The revision lists no dimensions: only the weight is checked.</source>
            <translation>Revisjonen har ingen mål: bare vekten kontrolleres.</translation>
        </message>
        <message>
            <source>Stage and what is checked</source>
            <translation>Trinn og hva som kontrolleres</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notater</translation>
        </message>
        <message>
            <source>Stage {stage} result</source>
            <translation>Resultat for trinn {stage}</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Ikke kontrollert</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>Bestått</translation>
        </message>
        <message>
            <source>Fail</source>
            <translation>Ikke bestått</translation>
        </message>
        <message>
            <source>Stage {stage} notes</source>
            <translation>Notater for trinn {stage}</translation>
        </message>
        <message>
            <source>What was found</source>
            <translation>Hva som ble funnet</translation>
        </message>
        <message>
            <source>What the factory should change to make it better or cheaper: walls, prongs, sprues, finishes …</source>
            <translation>Hva fabrikken bør endre for å gjøre det bedre eller billigere: godstykkelse, klør, støpekanaler, overflater …</translation>
        </message>
        <message>
            <source>Courier, who checked it, anything else</source>
            <translation>Kurer, hvem som kontrollerte den, annet</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Avgjørelse</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>Ikke avgjort</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>Avgjort den</translation>
        </message>
        <message>
            <source>on</source>
            <translation>den</translation>
        </message>
        <message>
            <source>Decisio&amp;n:</source>
            <translation>Avgjø&amp;relse:</translation>
        </message>
        <message>
            <source>&amp;DFM feedback:</source>
            <translation>&amp;DFM-tilbakemelding:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notater:</translation>
        </message>
        <message>
            <source>{code} round {round_number} · {supplier} — Sample</source>
            <translation>{code} runde {round_number} · {supplier} — Vareprøve</translation>
        </message>
        <message>
            <source>{code} {name} · round {round_number} from {supplier}</source>
            <translation>{code} {name} · runde {round_number} fra {supplier}</translation>
        </message>
        <message>
            <source>Tech pack revision {revision}</source>
            <translation>Tech pack-revisjon {revision}</translation>
        </message>
        <message>
            <source>No tech pack revision</source>
            <translation>Ingen tech pack-revisjon</translation>
        </message>
        <message>
            <source>requested {requested_on}</source>
            <translation>forespurt {requested_on}</translation>
        </message>
        <message>
            <source>design status: {status}</source>
            <translation>designstatus: {status}</translation>
        </message>
        <message>
            <source>target {target} g ± {tolerance} g</source>
            <translation>målvekt {target} g ± {tolerance} g</translation>
        </message>
        <message>
            <source>no weight tolerance in the revision</source>
            <translation>ingen vekttoleranse i revisjonen</translation>
        </message>
        <message>
            <source>Nothing measured yet.</source>
            <translation>Ingenting er målt ennå.</translation>
        </message>
        <message>
            <source>{out} of {measured} measured values out of tolerance: {values}</source>
            <translation>{out} av {measured} målte verdier utenfor toleransen: {values}</translation>
        </message>
        <message>
            <source>All {count} measured values in tolerance.</source>
            <translation>Alle {count} målte verdier innenfor toleransen.</translation>
        </message>
        <message>
            <source>{count} still to measure.</source>
            <translation>{count} gjenstår å måle.</translation>
        </message>
        <message>
            <source>Not measured</source>
            <translation>Ikke målt</translation>
        </message>
        <message>
            <source>(not in this revision)</source>
            <translation>(ikke i denne revisjonen)</translation>
        </message>
        <message>
            <source>{passed} passed · {failed} failed · {unchecked} not checked</source>
            <translation>{passed} bestått · {failed} ikke bestått · {unchecked} ikke kontrollert</translation>
        </message>
        <message>
            <source>Record when the sample arrived (Measurements) before deciding.</source>
            <translation>Registrer når vareprøven kom (Målinger) før du avgjør.</translation>
        </message>
        <message>
            <source>Approving (with or without changes) moves {design_code} to Approved and makes this round's photos the golden sample production is held to. Production needs an approved sample of the current tech pack revision.</source>
            <translation>Godkjenning (med eller uten endringer) flytter {design_code} til Godkjent og gjør bildene fra denne runden til den godkjente referanseprøven som produksjonen måles mot. Produksjon krever en godkjent vareprøve av gjeldende tech pack-revisjon.</translation>
        </message>
        <message>
            <source>{what} ({design_code} round {round_number})</source>
            <translation>{what} ({design_code} runde {round_number})</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Ikke lagret: {reason}</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Lagret.</translation>
        </message>
        <message>
            <source>Record arrival</source>
            <translation>Registrer ankomst</translation>
        </message>
        <message>
            <source>Enter the measured weight</source>
            <translation>Registrer målt vekt</translation>
        </message>
        <message>
            <source>Measure {dimension}</source>
            <translation>Mål {dimension}</translation>
        </message>
        <message>
            <source>QC stage {stage}</source>
            <translation>QC-trinn {stage}</translation>
        </message>
        <message>
            <source>Change DFM feedback</source>
            <translation>Endre DFM-tilbakemelding</translation>
        </message>
        <message>
            <source>Change notes</source>
            <translation>Endre notater</translation>
        </message>
        <message>
            <source>Clear the decision</source>
            <translation>Fjern avgjørelsen</translation>
        </message>
        <message>
            <source>Decide: {decision}</source>
            <translation>Avgjør: {decision}</translation>
        </message>
        <message>
            <source>Not approved: the round stays {state}.</source>
            <translation>Ikke godkjent: runden er fortsatt {state}.</translation>
        </message>
        <message>
            <source>Approve with Deviations — {design_code} round {round_number}</source>
            <translation>Godkjenn med avvik — {design_code} runde {round_number}</translation>
        </message>
        <message>
            <source>Round {round_number} of {design_code} has a problem:</source>
            <translation>Runde {round_number} av {design_code} har et problem:</translation>
        </message>
        <message>
            <source>Round {round_number} of {design_code} has {count} problems:</source>
            <translation>Runde {round_number} av {design_code} har {count} problemer:</translation>
        </message>
        <message>
            <source>{decision}: {design_code} round {round_number}</source>
            <translation>{decision}: {design_code} runde {round_number}</translation>
        </message>
        <message>
            <source>{decision}: {design_code} is now approved</source>
            <translation>{decision}: {design_code} er nå godkjent</translation>
        </message>
        <message>
            <source>{decision}: {design_code} keeps its status, {status}</source>
            <translation>{decision}: {design_code} beholder statusen sin, {status}</translation>
        </message>
        <message>
            <source>the round has no photos yet: those added under Photos become the golden sample.</source>
            <translation>runden har ingen bilder ennå: de som legges til under Bilder, blir den godkjente referanseprøven.</translation>
        </message>
        <message>
            <source>its photo is the golden sample.</source>
            <translation>bildet er den godkjente referanseprøven.</translation>
        </message>
        <message>
            <source>{golden} photos are the golden sample.</source>
            <translation>{golden} bilder er den godkjente referanseprøven.</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Legg til…</translation>
        </message>
        <message>
            <source>Add photos of the sample from files (PNG, JPEG, WebP …)</source>
            <translation>Legg til bilder av vareprøven fra filer (PNG, JPEG, WebP …)</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Fjern</translation>
        </message>
        <message>
            <source>Photo {number}</source>
            <translation>Bilde {number}</translation>
        </message>
        <message>
            <source>★ Golden sample</source>
            <translation>★ Godkjent referanseprøve</translation>
        </message>
        <message>
            <source>These photos are the golden sample: production of {design_code} is held to them.</source>
            <translation>Disse bildene er den godkjente referanseprøven: produksjonen av {design_code} måles mot dem.</translation>
        </message>
        <message>
            <source>Approving this round makes its photos the golden sample production is held to. Photograph front, side and hallmark.</source>
            <translation>Når denne runden godkjennes, blir bildene den godkjente referanseprøven som produksjonen måles mot. Ta bilder forfra, fra siden og av stempelet.</translation>
        </message>
        <message>
            <source>Add Photos</source>
            <translation>Legg til bilder</translation>
        </message>
        <message>
            <source>“{file}” was not added: {refusal}.</source>
            <translation>«{file}» ble ikke lagt til: {refusal}.</translation>
        </message>
        <message>
            <source>Add a photo</source>
            <translation>Legg til et bilde</translation>
        </message>
        <message>
            <source>Add {count} photos</source>
            <translation>Legg til {count} bilder</translation>
        </message>
        <message>
            <source>Remove a photo</source>
            <translation>Fjern et bilde</translation>
        </message>
    </context>
    <context>
        <name>SampleTimeline</name>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Hva skjedde</translation>
        </message>
        <message>
            <source>Sample round history</source>
            <translation>Historikk for prøverunder</translation>
        </message>
        <message>
            <source>Round history</source>
            <translation>Rundehistorikk</translation>
        </message>
        <message>
            <source>Select a sample round to see its design's rounds with every supplier, oldest first.</source>
            <translation>Velg en prøverunde for å se alle rundene for designet hos hver leverandør, eldste først.</translation>
        </message>
        <message>
            <source>Round history · {design}</source>
            <translation>Rundehistorikk · {design}</translation>
        </message>
        <message>
            <source>1 round</source>
            <translation>1 runde</translation>
        </message>
        <message>
            <source>{count} rounds</source>
            <translation>{count} runder</translation>
        </message>
        <message>
            <source>with 1 supplier</source>
            <translation>med 1 leverandør</translation>
        </message>
        <message>
            <source>with {suppliers} suppliers</source>
            <translation>med {suppliers} leverandører</translation>
        </message>
        <message>
            <source>golden sample: round {round_number} from {supplier}</source>
            <translation>godkjent referanseprøve: runde {round_number} fra {supplier}</translation>
        </message>
        <message>
            <source>no approved sample yet</source>
            <translation>ingen godkjent vareprøve ennå</translation>
        </message>
        <message>
            <source>rev {revision}</source>
            <translation>rev. {revision}</translation>
        </message>
        <message>
            <source>no revision</source>
            <translation>ingen revisjon</translation>
        </message>
        <message>
            <source>Round {round_number} — {state} · {revision}</source>
            <translation>Runde {round_number} — {state} · {revision}</translation>
        </message>
        <message>
            <source>Round {round_number} from {supplier} — open it with Enter or a double-click</source>
            <translation>Runde {round_number} fra {supplier} — åpne den med Enter eller et dobbeltklikk</translation>
        </message>
        <message>
            <source>Requested from {supplier}</source>
            <translation>Forespurt fra {supplier}</translation>
        </message>
        <message>
            <source>Received after {days} days</source>
            <translation>Mottatt etter {days} dager</translation>
        </message>
        <message>
            <source>QC: {qc_passed} of 6 stages passed, {qc_failed} failed</source>
            <translation>QC: {qc_passed} av 6 trinn bestått, {qc_failed} ikke bestått</translation>
        </message>
        <message>
            <source>Not received yet</source>
            <translation>Ikke mottatt ennå</translation>
        </message>
        <message>
            <source>its photo is the golden sample</source>
            <translation>bildet er den godkjente referanseprøven</translation>
        </message>
        <message>
            <source>{golden} photos are the golden sample</source>
            <translation>{golden} bilder er den godkjente referanseprøven</translation>
        </message>
        <message>
            <source>DFM: {feedback}</source>
            <translation>DFM: {feedback}</translation>
        </message>
        <message>
            <source>Notes: {notes}</source>
            <translation>Notater: {notes}</translation>
        </message>
    </context>
    <context>
        <name>SamplesView</name>
        <message>
            <source>Design</source>
            <translation>Design</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Leverandør</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Runde</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revisjon</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>Forespurt</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Mottatt</translation>
        </message>
        <message>
            <source>QC passed</source>
            <translation>QC bestått</translation>
        </message>
        <message>
            <source>QC failed</source>
            <translation>QC ikke bestått</translation>
        </message>
        <message>
            <source>Samples</source>
            <translation>Vareprøver</translation>
        </message>
        <message>
            <source>No sample rounds yet. Use Request Sample to ask a supplier for a sample of an issued tech pack revision.</source>
            <translation>Ingen prøverunder ennå. Bruk Be om vareprøve for å be en leverandør om en vareprøve av en utstedt tech pack-revisjon.</translation>
        </message>
        <message>
            <source>Design, supplier or state (Ctrl+F)</source>
            <translation>Design, leverandør eller status (Ctrl+F)</translation>
        </message>
        <message>
            <source>Show every sample round again</source>
            <translation>Vis alle prøverundene igjen</translation>
        </message>
        <message>
            <source>Re&amp;quest Sample…</source>
            <translation>Be om &amp;vareprøve…</translation>
        </message>
        <message>
            <source>Ask a supplier for a sample of an issued tech pack revision</source>
            <translation>Be en leverandør om en vareprøve av en utstedt tech pack-revisjon</translation>
        </message>
        <message>
            <source>&amp;Record…</source>
            <translation>&amp;Registrer…</translation>
        </message>
        <message>
            <source>Record the selected round: arrival, weight and dimensions, QC, photos and the decision (Ctrl+E, or Enter)</source>
            <translation>Registrer den valgte runden: ankomst, vekt og mål, QC, bilder og avgjørelsen (Ctrl+E eller Enter)</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Slett…</translation>
        </message>
        <message>
            <source>Delete the selected round with its measurements, QC results and photos (asks first; undoable)</source>
            <translation>Slett den valgte runden med målinger, QC-resultater og bilder (spør først; kan angres)</translation>
        </message>
        <message>
            <source>1 sample round</source>
            <translation>1 prøverunde</translation>
        </message>
        <message>
            <source>{count} sample rounds</source>
            <translation>{count} prøverunder</translation>
        </message>
        <message>
            <source>{rounds}: {approved} approved, {open} open</source>
            <translation>{rounds}: {approved} godkjent, {open} åpne</translation>
        </message>
        <message>
            <source>{shown} of {total} sample rounds</source>
            <translation>{shown} av {total} prøverunder</translation>
        </message>
        <message>
            <source>Showing samples for {design} from {supplier}</source>
            <translation>Viser vareprøver av {design} fra {supplier}</translation>
        </message>
        <message>
            <source>Showing samples for {design}</source>
            <translation>Viser vareprøver av {design}</translation>
        </message>
        <message>
            <source>Showing samples from {supplier}</source>
            <translation>Viser vareprøver fra {supplier}</translation>
        </message>
        <message>
            <source>none yet: use Request Sample to ask for one</source>
            <translation>ingen ennå: bruk Be om vareprøve for å be om en</translation>
        </message>
        <message>
            <source>Only This &amp;Design's Rounds</source>
            <translation>Bare runder for &amp;dette designet</translation>
        </message>
        <message>
            <source>Open &amp;Tech Pack Revision</source>
            <translation>Åpne tech &amp;pack-revisjon</translation>
        </message>
        <message>
            <source>&amp;Quotes for This Design</source>
            <translation>&amp;Tilbud for dette designet</translation>
        </message>
        <message>
            <source>&amp;Supplier</source>
            <translation>&amp;Leverandør</translation>
        </message>
        <message>
            <source>Open &amp;Tech Pack ({design_code} rev {revision})</source>
            <translation>Åpne tech &amp;pack ({design_code} rev. {revision})</translation>
        </message>
        <message>
            <source>&amp;Supplier {supplier}</source>
            <translation>&amp;Leverandør {supplier}</translation>
        </message>
        <message>
            <source>No workspace is open.</source>
            <translation>Ikke noe arbeidsområde er åpent.</translation>
        </message>
        <message>
            <source>Request {code} round {round_number}</source>
            <translation>Be om vareprøve {code} runde {round_number}</translation>
        </message>
        <message>
            <source>a design</source>
            <translation>et design</translation>
        </message>
        <message>
            <source>Sample requested. Use Record… when it arrives.</source>
            <translation>Vareprøve forespurt. Bruk Registrer… når den kommer.</translation>
        </message>
        <message>
            <source>Delete sample round</source>
            <translation>Slett prøverunde</translation>
        </message>
        <message>
            <source>Delete round {round_number} of {design_code} from {supplier}?</source>
            <translation>Slette runde {round_number} av {design_code} fra {supplier}?</translation>
        </message>
        <message>
            <source>1 measurement</source>
            <translation>1 måling</translation>
        </message>
        <message>
            <source>{count} measurements</source>
            <translation>{count} målinger</translation>
        </message>
        <message>
            <source>1 QC result</source>
            <translation>1 QC-resultat</translation>
        </message>
        <message>
            <source>{count} QC results</source>
            <translation>{count} QC-resultater</translation>
        </message>
        <message>
            <source>1 photo</source>
            <translation>1 bilde</translation>
        </message>
        <message>
            <source>{count} photos</source>
            <translation>{count} bilder</translation>
        </message>
        <message>
            <source>Nothing else was recorded for it.</source>
            <translation>Ingenting annet ble registrert for den.</translation>
        </message>
        <message>
            <source>{listed} and {last}</source>
            <translation>{listed} og {last}</translation>
        </message>
        <message>
            <source>Its {listed} goes with it.</source>
            <translation>Sammen med den slettes {listed}.</translation>
        </message>
        <message>
            <source>Its {listed} go with it.</source>
            <translation>Sammen med den slettes {listed}.</translation>
        </message>
        <message>
            <source>Its photo is the golden sample production is held to.</source>
            <translation>Bildet er den godkjente referanseprøven som produksjonen måles mot.</translation>
        </message>
        <message>
            <source>{golden} of the photos are the golden sample production is held to.</source>
            <translation>{golden} av bildene er den godkjente referanseprøven som produksjonen måles mot.</translation>
        </message>
        <message>
            <source>Edit ▸ Undo brings all of it back.</source>
            <translation>Rediger ▸ Angre henter alt tilbake.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>Delete {code} round {round_number}</source>
            <translation>Slett {code} runde {round_number}</translation>
        </message>
        <message>
            <source>Not deleted: {reason}</source>
            <translation>Ikke slettet: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ScenarioEditor</name>
        <message>
            <source>&amp;Scenario</source>
            <translation>&amp;Scenario</translation>
        </message>
        <message>
            <source>Reco&amp;very, Capital, Benches</source>
            <translation>&amp;Gjenvinning, kapital, benker</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Every amount of this scenario is in this currency. Changing it does not convert the amounts.</source>
            <translation>Alle beløp i dette scenarioet er i denne valutaen. Endrer du den, blir beløpene ikke omregnet.</translation>
        </message>
        <message>
            <source>Where the figures come from, what is assumed.</source>
            <translation>Hvor tallene kommer fra, hva som er forutsatt.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Navn:</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <translation>&amp;Valuta:</translation>
        </message>
        <message>
            <source>No&amp;tes:</source>
            <translation>N&amp;otater:</translation>
        </message>
        <message>
            <source>Rates and losses</source>
            <translation>Satser og svinn</translation>
        </message>
        <message>
            <source>Loaded &amp;hourly rate:</source>
            <translation>&amp;Timesats med påslag:</translation>
        </message>
        <message>
            <source>Wage plus employer's costs per working hour: labour minutes × this rate ÷ 60 is the labour cost of a piece</source>
            <translation>Lønn pluss arbeidsgiverkostnader per arbeidstime: arbeidsminutter × denne satsen ÷ 60 er arbeidskostnaden for ett stykk</translation>
        </message>
        <message>
            <source>&amp;Casting loss:</source>
            <translation>Støp&amp;esvinn:</translation>
        </message>
        <message>
            <source>Metal lost in casting, sprues and filing, on top of the finished weight</source>
            <translation>Metall som går tapt ved støping, støpekanaler og filing, i tillegg til ferdigvekten</translation>
        </message>
        <message>
            <source>Small-&amp;buyer premium:</source>
            <translation>S&amp;måkjøpertillegg:</translation>
        </message>
        <message>
            <source>What a small buyer pays above the market price for metal</source>
            <translation>Hva en liten kjøper betaler over markedsprisen for metall</translation>
        </message>
        <message>
            <source>Stone brea&amp;kage:</source>
            <translation>Stein&amp;brekkasje:</translation>
        </message>
        <message>
            <source>Stones broken or lost in setting, bought again</source>
            <translation>Steiner som knekker eller går tapt ved innfatning og må kjøpes på nytt</translation>
        </message>
        <message>
            <source>E&amp;rror / remake rate:</source>
            <translation>Fe&amp;il- / omlagingsandel:</translation>
        </message>
        <message>
            <source>Pieces remade: cost per good piece = variable cost ÷ (1 − rate). Must be below 100 %.</source>
            <translation>Stykker som lages på nytt: kostnad per godkjent stykk = variabel kostnad ÷ (1 − andel). Må være under 100 %.</translation>
        </message>
        <message>
            <source>Consu&amp;mables per piece:</source>
            <translation>Forbruksmateriell &amp;per stykk:</translation>
        </message>
        <message>
            <source>Investment, resin, compounds, gas, cleaning solutions</source>
            <translation>Innstøpingsmasse, harpiks, poleringsmidler, gass, rengjøringsmidler</translation>
        </message>
        <message>
            <source>How they are used, per piece:
• metal = weight × (1 + casting loss) × fine metal price × (1 + small-buyer premium), less the recovered part of the casting loss
• stones = quantity × unit cost × (1 + breakage)
• labour = minutes ÷ 60 × loaded hourly rate
• remakes: each failed piece is made again, its metal re-melted and its stones unset (Recovery, Capital, Benches)</source>
            <translation>Slik brukes de, per stykk:
• metall = vekt × (1 + støpesvinn) × finmetallpris × (1 + småkjøpertillegg), minus den gjenvunne delen av støpesvinnet
• steiner = antall × enhetskostnad × (1 + brekkasje)
• arbeid = minutter ÷ 60 × timesats med påslag
• omlaging: hvert mislykket stykk lages på nytt, metallet smeltes om og steinene tas ut (Gjenvinning, kapital, benker)</translation>
        </message>
        <message>
            <source>In the cost comparison</source>
            <translation>I kostnadssammenligningen</translation>
        </message>
        <message>
            <source>&amp;Depreciation a year</source>
            <translation>Avskrivning &amp;hvert år</translation>
        </message>
        <message>
            <source>&amp;Paid up front</source>
            <translation>Betalt på &amp;forhånd</translation>
        </message>
        <message>
            <source>Each year carries (cost − salvage) ÷ useful life of every machine</source>
            <translation>Hvert år bærer (kostnad − restverdi) ÷ levetid for hver maskin</translation>
        </message>
        <message>
            <source>The year carries the whole cost of the equipment, as the cash leaves (the 36-month cash flow always pays it up front)</source>
            <translation>Året bærer hele kostnaden for utstyret når pengene går ut (kontantstrømmen over 36 måneder betaler det alltid på forhånd)</translation>
        </message>
        <message>
            <source>Bench labour is pa&amp;id through the salaries</source>
            <translation>Benkearbeidet betales gjennom &amp;lønningene</translation>
        </message>
        <message>
            <source>When on, the labour minutes add no cost beyond the staff salaries (they still use the staff's hours), so setters and polishers on the payroll are not counted twice.</source>
            <translation>Når dette er på, gir arbeidsminuttene ingen kostnad utover lønningene til de ansatte (de bruker fortsatt de ansattes timer), slik at innfattere og polerere på lønningslisten ikke telles to ganger.</translation>
        </message>
        <message>
            <source>When the bench hours a year outgrow the staff's hours, people of this role are added one at a time, each at its salary and hours a month</source>
            <translation>Når benketimene i året blir flere enn de ansattes timer, legges det til personer med denne rollen én om gangen, hver med sin lønn og sine timer per måned</translation>
        </message>
        <message>
            <source>Add sta&amp;ff in steps of:</source>
            <translation>&amp;Øk bemanningen i trinn av:</translation>
        </message>
        <message>
            <source>Equipment counted as:</source>
            <translation>Utstyr regnes som:</translation>
        </message>
        <message>
            <source>&amp;Equipment</source>
            <translation>&amp;Utstyr</translation>
        </message>
        <message>
            <source>Each machine is paid up front and depreciates in a straight line: (cost − salvage) ÷ useful life a year. Add from Catalogue offers the seed's low, mid and high figures. Needed for: a design's code when a machine is bought for it alone.</source>
            <translation>Hver maskin betales på forhånd og avskrives lineært: (kostnad − restverdi) ÷ levetid per år. Legg til fra katalog gir katalogens lave, middels og høye tall. Trengs for: koden til et design når en maskin kjøpes bare for det.</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Utstyr</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kostnad</translation>
        </message>
        <message>
            <source>Useful life (years)</source>
            <translation>Levetid (år)</translation>
        </message>
        <message>
            <source>Salvage</source>
            <translation>Restverdi</translation>
        </message>
        <message>
            <source>What it sells for at the end of its useful life</source>
            <translation>Hva det kan selges for når levetiden er over</translation>
        </message>
        <message>
            <source>Depreciation / year</source>
            <translation>Avskrivning / år</translation>
        </message>
        <message>
            <source>Needed for</source>
            <translation>Trengs for</translation>
        </message>
        <message>
            <source>All designs</source>
            <translation>Alle design</translation>
        </message>
        <message>
            <source>A design's code when the equipment is bought for it alone (its incremental cost), or empty when every design uses it</source>
            <translation>Koden til et design når utstyret kjøpes bare for det (merkostnaden), eller tomt når alle design bruker det</translation>
        </message>
        <message>
            <source>New equipment</source>
            <translation>Nytt utstyr</translation>
        </message>
        <message>
            <source>&amp;Overheads</source>
            <translation>Faste kostna&amp;der</translation>
        </message>
        <message>
            <source>Paid every month whatever the volume: rent, utilities, insurance, security, software, maintenance.</source>
            <translation>Betales hver måned uansett volum: husleie, strøm og vann, forsikring, sikring, programvare, vedlikehold.</translation>
        </message>
        <message>
            <source>Overhead</source>
            <translation>Fast kostnad</translation>
        </message>
        <message>
            <source>Cost / month</source>
            <translation>Kostnad / måned</translation>
        </message>
        <message>
            <source>Cost / year</source>
            <translation>Kostnad / år</translation>
        </message>
        <message>
            <source>New overhead</source>
            <translation>Ny fast kostnad</translation>
        </message>
        <message>
            <source>St&amp;aff</source>
            <translation>&amp;Ansatte</translation>
        </message>
        <message>
            <source>Salaried staff are a fixed cost; their hours a month are the workshop's capacity. Salary is per person, with the employer's costs.</source>
            <translation>Fastlønnede ansatte er en fast kostnad; timene deres per måned er verkstedets kapasitet. Lønnen er per person, med arbeidsgiverkostnader.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Salary / month</source>
            <translation>Lønn / måned</translation>
        </message>
        <message>
            <source>Headcount</source>
            <translation>Antall</translation>
        </message>
        <message>
            <source>Hours / month each</source>
            <translation>Timer / måned hver</translation>
        </message>
        <message>
            <source>Hours / month</source>
            <translation>Timer / måned</translation>
        </message>
        <message>
            <source>New role</source>
            <translation>Ny rolle</translation>
        </message>
        <message>
            <source>&amp;Labour</source>
            <translation>A&amp;rbeid</translation>
        </message>
        <message>
            <source>Minutes of work per piece for each operation, at the loaded hourly rate. Leave Design empty for all designs; a design's own line replaces the all-designs line of the same operation.</source>
            <translation>Arbeidsminutter per stykk for hver operasjon, til timesatsen med påslag. La Design stå tomt for alle design; en egen linje for et design erstatter linjen for alle design med samme operasjon.</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Operasjon</translation>
        </message>
        <message>
            <source>Minutes / piece</source>
            <translation>Minutter / stykk</translation>
        </message>
        <message>
            <source>Design</source>
            <translation>Design</translation>
        </message>
        <message>
            <source>A design's code, or empty for all designs</source>
            <translation>Koden til et design, eller tomt for alle design</translation>
        </message>
        <message>
            <source>New operation</source>
            <translation>Ny operasjon</translation>
        </message>
        <message>
            <source>Add from Catalo&amp;gue</source>
            <translation>Legg til fra &amp;katalog</translation>
        </message>
        <message>
            <source>Equipment at the seed's low, mid or high cost, or at your own</source>
            <translation>Utstyr til katalogens lave, middels eller høye kostnad, eller til din egen</translation>
        </message>
        <message>
            <source>Your &amp;Own Cost…</source>
            <translation>&amp;Egen kostnad…</translation>
        </message>
        <message>
            <source>Add it at a cost of 0 and type what you paid or were quoted</source>
            <translation>Legg det til med kostnad 0 og skriv inn hva du betalte eller fikk tilbud på</translation>
        </message>
        <message>
            <source>{scenario} — In-house Scenario</source>
            <translation>{scenario} — Scenario for egenproduksjon</translation>
        </message>
        <message>
            <source>In-house scenario · amounts in {currency} · each change is saved as you make it; {undo} undoes it</source>
            <translation>Scenario for egenproduksjon · beløp i {currency} · hver endring lagres med en gang; {undo} angrer den</translation>
        </message>
        <message>
            <source>— no steps: no staff —</source>
            <translation>— ingen trinn: ingen ansatte —</translation>
        </message>
        <message>
            <source>— the cheapest hour (now {role}) —</source>
            <translation>— den billigste timen (nå {role}) —</translation>
        </message>
        <message>
            <source>No role named: the cost model adds the role whose hour costs least (salary ÷ hours a month)</source>
            <translation>Ingen rolle valgt: kostnadsmodellen legger til rollen med lavest timekostnad (lønn ÷ timer per måned)</translation>
        </message>
        <message>
            <source>{role} (not a staff role)</source>
            <translation>{role} (ikke en rolle blant de ansatte)</translation>
        </message>
        <message>
            <source>This workspace is open read-only: the scenario can be read, not changed.</source>
            <translation>Dette arbeidsområdet er åpnet skrivebeskyttet: scenarioet kan leses, men ikke endres.</translation>
        </message>
        <message>
            <source>{what} ({scenario})</source>
            <translation>{what} ({scenario})</translation>
        </message>
        <message>
            <source>. It is the role added in capacity steps: choose another under Scenario ▸ Add staff in steps of first.</source>
            <translation>. Det er rollen som legges til i kapasitetstrinn: velg først en annen under Scenario ▸ Øk bemanningen i trinn av.</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Ikke lagret: {reason}</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Lagret.</translation>
        </message>
        <message>
            <source>Count equipment as {view}</source>
            <translation>Regn utstyr som {view}</translation>
        </message>
        <message>
            <source>Bench labour paid through the salaries</source>
            <translation>Benkearbeid betalt gjennom lønningene</translation>
        </message>
        <message>
            <source>Bench labour paid at the hourly rate</source>
            <translation>Benkearbeid betalt etter timesats</translation>
        </message>
        <message>
            <source>Add staff in steps of {role}</source>
            <translation>Øk bemanningen i trinn av {role}</translation>
        </message>
        <message>
            <source>Add staff in steps of the cheapest hour</source>
            <translation>Øk bemanningen i trinn av den billigste timen</translation>
        </message>
        <message>
            <source>Change {what}</source>
            <translation>Endre {what}</translation>
        </message>
        <message>
            <source>name</source>
            <translation>navn</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>valuta</translation>
        </message>
        <message>
            <source>Saved. The amounts are now read as {code}; they were not converted.</source>
            <translation>Lagret. Beløpene leses nå som {code}; de ble ikke omregnet.</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notater</translation>
        </message>
        <message>
            <source>No USD rate for {currency}: type your own costs</source>
            <translation>Ingen USD-kurs for {currency}: skriv inn dine egne kostnader</translation>
        </message>
        <message>
            <source>&amp;Low</source>
            <translation>&amp;Lav</translation>
        </message>
        <message>
            <source>&amp;Mid</source>
            <translation>&amp;Middels</translation>
        </message>
        <message>
            <source>&amp;High</source>
            <translation>&amp;Høy</translation>
        </message>
        <message>
            <source>Useful life {years} years, salvage {salvage_pct} % of the cost. Source: {source}; {note}.</source>
            <translation>Levetid {years} år, restverdi {salvage_pct} % av kostnaden. Kilde: {source}; {note}.</translation>
        </message>
        <message>
            <source>Add {name}</source>
            <translation>Legg til {name}</translation>
        </message>
        <message>
            <source>Add {name} at the {level} figure</source>
            <translation>Legg til {name} (nivå: {level})</translation>
        </message>
    </context>
    <context>
        <name>ScenarioTable</name>
        <message>
            <source>None yet: use Add to enter the first.</source>
            <translation>Ingen ennå: bruk Legg til for å legge inn den første.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Legg til</translation>
        </message>
        <message>
            <source>Add a row and type its name</source>
            <translation>Legg til en rad og skriv navnet</translation>
        </message>
        <message>
            <source>Remove the selected row (Delete)</source>
            <translation>Fjern den valgte raden (Delete)</translation>
        </message>
        <message>
            <source>Add a row to {title}</source>
            <translation>Legg til en rad i {title}</translation>
        </message>
        <message>
            <source>Select the row to remove first.</source>
            <translation>Velg først raden som skal fjernes.</translation>
        </message>
        <message>
            <source>Remove a row from {title}</source>
            <translation>Fjern en rad fra {title}</translation>
        </message>
        <message>
            <source>Change {what}</source>
            <translation>Endre {what}</translation>
        </message>
    </context>
    <context>
        <name>SearchRange</name>
        <message>
            <source> pcs</source>
            <translation> stk.</translation>
        </message>
        <message>
            <source>The break-evens are searched, exactly, from 1 to this many pieces a year (at least the volume)</source>
            <translation>Nullpunktene søkes nøyaktig fra 1 til så mange stykk per år (minst volumet)</translation>
        </message>
        <message>
            <source>Brea&amp;k-evens searched up to</source>
            <translation>Nullpun&amp;kter søkes opp til</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Search up to the larger of 10 × the volume and the volume at which in-house needs a tenth added person</source>
            <translation>Søk opp til det største av 10 × volumet og volumet der egenproduksjonen trenger en tiende ekstra person</translation>
        </message>
        <message>
            <source>the default (10 × the volume, or a tenth added person)</source>
            <translation>standard (10 × volumet, eller en tiende ekstra person)</translation>
        </message>
        <message>
            <source>default here: {value}</source>
            <translation>standard her: {value}</translation>
        </message>
        <message>
            <source>never, up to {searched}</source>
            <translation>aldri, opp til {searched}</translation>
        </message>
        <message>
            <source>always, up to {searched}</source>
            <translation>alltid, opp til {searched}</translation>
        </message>
        <message>
            <source>{first}–{last}</source>
            <translation>{first}–{last}</translation>
        </message>
        <message>
            <source>{more} more</source>
            <translation>{more} til</translation>
        </message>
        <message>
            <source>In-house is never cheaper than {route} up to {searched} pieces a year</source>
            <translation>Egenproduksjon er aldri billigere enn {route} opp til {searched} stykk per år</translation>
        </message>
        <message>
            <source>In-house is cheaper than {route} at every volume up to {searched} pieces a year</source>
            <translation>Egenproduksjon er billigere enn {route} ved alle volumer opp til {searched} stykk per år</translation>
        </message>
        <message>
            <source>at {first}</source>
            <translation>ved {first}</translation>
        </message>
        <message>
            <source>between {first} and {last}</source>
            <translation>mellom {first} og {last}</translation>
        </message>
        <message>
            <source>In-house is cheaper than {route} {volumes} pieces a year (searched up to {searched})</source>
            <translation>Egenproduksjon er billigere enn {route} {volumes} stykk per år (søkt opp til {searched})</translation>
        </message>
        <message>
            <source> and </source>
            <translation> og </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Innstillinger</translation>
        </message>
        <message>
            <source>System ({language})</source>
            <translation>Systemets ({language})</translation>
        </message>
        <message>
            <source>The language of menus, dialogs and messages; jewelbench speaks it from its next start</source>
            <translation>Språket i menyer, dialoger og meldinger; jewelbench snakker det fra neste oppstart</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatisk</translation>
        </message>
        <message>
            <source>How numbers, money and dates are written: 1 234,50 in Norway, 1,234.50 in the UK and US</source>
            <translation>Hvordan tall, beløp og datoer skrives: 1 234,50 i Norge, 1,234.50 i Storbritannia og USA</translation>
        </message>
        <message>
            <source>Grams (g)</source>
            <translation>Gram (g)</translation>
        </message>
        <message>
            <source>Pennyweights (dwt)</source>
            <translation>Pennyweight (dwt)</translation>
        </message>
        <message>
            <source>Troy ounces (troy oz)</source>
            <translation>Troy unser (troy oz)</translation>
        </message>
        <message>
            <source>The unit weights are shown in; they are stored in grams (1 troy ounce = 31.1034768 g = 20 dwt)</source>
            <translation>Enheten vekter vises i; de lagres i gram (1 troy unse = 31,1034768 g = 20 dwt)</translation>
        </message>
        <message>
            <source>The paper tech packs and requests for quotation are printed on</source>
            <translation>Papiret tech packer og forespørsler om tilbud skrives ut på</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>A changed workspace is backed up when its last backup is this old, and when it is closed</source>
            <translation>Det tas sikkerhetskopi av et endret arbeidsområde når den siste sikkerhetskopien er så gammel, og når det lukkes</translation>
        </message>
        <message>
            <source> backups</source>
            <translation> sikkerhetskopier</translation>
        </message>
        <message>
            <source>The newest backups always kept (daily, weekly and monthly ones are kept besides: File ▸ Backups)</source>
            <translation>De nyeste sikkerhetskopiene som alltid beholdes (daglige, ukentlige og månedlige beholdes i tillegg: Fil ▸ Sikkerhetskopier)</translation>
        </message>
        <message>
            <source>The currency this workspace shows every cost in (ISO 4217: EUR, USD, NOK …); converts nothing stored, and can be undone</source>
            <translation>Valutaen dette arbeidsområdet viser alle kostnader i (ISO 4217: EUR, USD, NOK …); regner ikke om noe som er lagret, og kan angres</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Språk:</translation>
        </message>
        <message>
            <source>&amp;Region:</source>
            <translation>&amp;Region:</translation>
        </message>
        <message>
            <source>Example:</source>
            <translation>Eksempel:</translation>
        </message>
        <message>
            <source>&amp;Weights in:</source>
            <translation>&amp;Vekt i:</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Papir:</translation>
        </message>
        <message>
            <source>Language and forms</source>
            <translation>Språk og skrivemåter</translation>
        </message>
        <message>
            <source>Back up &amp;every:</source>
            <translation>Sikkerhets&amp;kopi hvert:</translation>
        </message>
        <message>
            <source>&amp;Keep the newest:</source>
            <translation>&amp;Behold de nyeste:</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sikkerhetskopier</translation>
        </message>
        <message>
            <source>&amp;Base currency:</source>
            <translation>Basisv&amp;aluta:</translation>
        </message>
        <message>
            <source>This workspace</source>
            <translation>Dette arbeidsområdet</translation>
        </message>
        <message>
            <source>Norway</source>
            <translation>Norge</translation>
        </message>
        <message>
            <source>United Kingdom</source>
            <translation>Storbritannia</translation>
        </message>
        <message>
            <source>United States</source>
            <translation>USA</translation>
        </message>
        <message>
            <source>Canada</source>
            <translation>Canada</translation>
        </message>
        <message>
            <source>Ireland</source>
            <translation>Irland</translation>
        </message>
        <message>
            <source>India</source>
            <translation>India</translation>
        </message>
        <message>
            <source>Australia</source>
            <translation>Australia</translation>
        </message>
        <message>
            <source>Germany</source>
            <translation>Tyskland</translation>
        </message>
        <message>
            <source>Sweden</source>
            <translation>Sverige</translation>
        </message>
        <message>
            <source>Denmark</source>
            <translation>Danmark</translation>
        </message>
        <message>
            <source>jewelbench speaks {language} from its next start.</source>
            <translation>jewelbench snakker {language} fra neste oppstart.</translation>
        </message>
        <message>
            <source>Automatic ({region})</source>
            <translation>Automatisk ({region})</translation>
        </message>
        <message>
            <source>The region's ({paper})</source>
            <translation>Regionens ({paper})</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Restart Now closes this window, saving everything as closing does, and opens it again on the same workspace.</source>
            <translation>Start på nytt nå lukker dette vinduet og lagrer alt slik lukking gjør, og åpner det igjen på det samme arbeidsområdet.</translation>
        </message>
        <message>
            <source>&amp;Restart Now</source>
            <translation>&amp;Start på nytt nå</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>S&amp;enere</translation>
        </message>
    </context>
    <context>
        <name>SpinBox</name>
        <message>
            <source>“{typed}” is not a number: type digits only.</source>
            <translation>«{typed}» er ikke et tall: skriv bare sifre.</translation>
        </message>
    </context>
    <context>
        <name>SubjectPicker</name>
        <message>
            <source>design or plan</source>
            <translation>design eller plan</translation>
        </message>
        <message>
            <source>Design code or plan name</source>
            <translation>Designkode eller plannavn</translation>
        </message>
        <message>
            <source>Type a design code or a plan's name and choose it (Down opens the list)</source>
            <translation>Skriv inn en designkode eller navnet på en plan, og velg (pil ned åpner listen)</translation>
        </message>
        <message>
            <source>Plan · {name}</source>
            <translation>Plan · {name}</translation>
        </message>
        <message>
            <source>Collection plan</source>
            <translation>Kolleksjonsplan</translation>
        </message>
    </context>
    <context>
        <name>SupplierEditor</name>
        <message>
            <source>&amp;General</source>
            <translation>&amp;Generelt</translation>
        </message>
        <message>
            <source>C&amp;ontacts</source>
            <translation>K&amp;ontakter</translation>
        </message>
        <message>
            <source>Certi&amp;fications</source>
            <translation>Serti&amp;fiseringer</translation>
        </message>
        <message>
            <source>&amp;Due Diligence</source>
            <translation>&amp;Leverandørkontroll</translation>
        </message>
        <message>
            <source>&amp;Scorecard</source>
            <translation>&amp;Resultatkort</translation>
        </message>
        <message>
            <source>This workspace is open read-only: nothing here can be changed.</source>
            <translation>Dette arbeidsområdet er åpnet skrivebeskyttet: ingenting her kan endres.</translation>
        </message>
        <message>
            <source>name</source>
            <translation>navn</translation>
        </message>
        <message>
            <source>Where they are, what they are good at, terms agreed, anything to remember.</source>
            <translation>Hvor de holder til, hva de er gode på, avtalte betingelser, alt som er verdt å huske.</translation>
        </message>
        <message>
            <source>The language its tech packs and RFQs are printed in. Many factories read English best; unless you choose, a supplier in Norway gets Norwegian and every other one English.</source>
            <translation>Språket tech packer og forespørsler om tilbud til denne leverandøren skrives ut på. Mange fabrikker leser engelsk best; velger du ikke, får en leverandør i Norge norsk og alle andre engelsk.</translation>
        </message>
        <message>
            <source>print language</source>
            <translation>utskriftsspråk</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Navn:</translation>
        </message>
        <message>
            <source>Coun&amp;try:</source>
            <translation>Lan&amp;d:</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <translation>&amp;Valuta:</translation>
        </message>
        <message>
            <source>Print &amp;language:</source>
            <translation>Utskrifts&amp;språk:</translation>
        </message>
        <message>
            <source>Capa&amp;bilities:</source>
            <translation>Kompe&amp;tanse:</translation>
        </message>
        <message>
            <source>Not&amp;es:</source>
            <translation>Notat&amp;er:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Ny kontakt</translation>
        </message>
        <message>
            <source>&amp;Add Contact</source>
            <translation>Legg til &amp;kontakt</translation>
        </message>
        <message>
            <source>Certification</source>
            <translation>Sertifisering</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referanse</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Utløper</translation>
        </message>
        <message>
            <source>Type the date as year-month-day, e.g. 2027-09-30; empty when it does not expire</source>
            <translation>Skriv datoen som år-måned-dag, f.eks. 2027-09-30; tomt hvis den ikke utløper</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>New certification</source>
            <translation>Ny sertifisering</translation>
        </message>
        <message>
            <source>&amp;Add Certification</source>
            <translation>Legg til &amp;sertifisering</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Kontroll</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Utført</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notater</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>ÅÅÅÅ-MM-DD</translation>
        </message>
        <message>
            <source>{check}: done on</source>
            <translation>{check}: utført</translation>
        </message>
        <message>
            <source>{check}: notes</source>
            <translation>{check}: notater</translation>
        </message>
        <message>
            <source>Before the first order: the five checks of due diligence. Tick one when it is done; the date is today's unless you type another.</source>
            <translation>Før første bestilling: de fem kontrollpunktene i leverandørkontrollen. Kryss av når et punkt er utført; datoen blir dagens hvis du ikke skriver inn en annen.</translation>
        </message>
        <message>
            <source>Computed from this supplier's sample rounds and quotes; below each figure, how it was computed.</source>
            <translation>Beregnet fra denne leverandørens prøverunder og tilbud; under hvert tall står det hvordan det ble beregnet.</translation>
        </message>
        <message>
            <source>{supplier} — Supplier</source>
            <translation>{supplier} — Leverandør</translation>
        </message>
        <message>
            <source>As its country reads: {language}</source>
            <translation>Som landet leser: {language}</translation>
        </message>
        <message>
            <source>{done} of {count} checks done.</source>
            <translation>{done} av {count} kontroller utført.</translation>
        </message>
        <message>
            <source>(no score: {error})</source>
            <translation>(ingen poeng: {error})</translation>
        </message>
        <message>
            <source>{what} ({supplier})</source>
            <translation>{what} ({supplier})</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Ikke lagret: {reason}</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Lagret.</translation>
        </message>
        <message>
            <source>Change {what}</source>
            <translation>Endre {what}</translation>
        </message>
        <message>
            <source>country</source>
            <translation>land</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>valuta</translation>
        </message>
        <message>
            <source>Saved. There is no {code}→{base} exchange rate yet: quotes in {code} cannot be compared until one is entered.</source>
            <translation>Lagret. Det finnes ingen valutakurs {code}→{base} ennå: tilbud i {code} kan ikke sammenlignes før en er lagt inn.</translation>
        </message>
        <message>
            <source>capabilities</source>
            <translation>kompetanse</translation>
        </message>
        <message>
            <source>Tick “{check}”</source>
            <translation>Kryss av for «{check}»</translation>
        </message>
        <message>
            <source>Untick “{check}”</source>
            <translation>Fjern krysset for «{check}»</translation>
        </message>
        <message>
            <source>“{typed}” is in the future: a check is dated when it was done.</source>
            <translation>«{typed}» er frem i tid: en kontroll dateres når den ble utført.</translation>
        </message>
        <message>
            <source>Change the date of “{check}”</source>
            <translation>Endre datoen for «{check}»</translation>
        </message>
        <message>
            <source>Change the notes of “{check}”</source>
            <translation>Endre notatene for «{check}»</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notater</translation>
        </message>
    </context>
    <context>
        <name>SupplierPanel</name>
        <message>
            <source>Scorecard</source>
            <translation>Resultatkort</translation>
        </message>
        <message>
            <source>Show &amp;Quotes</source>
            <translation>Vis &amp;tilbud</translation>
        </message>
        <message>
            <source>This supplier's quotes, in Quotes</source>
            <translation>Tilbudene fra denne leverandøren, under Tilbud</translation>
        </message>
        <message>
            <source>Show Sa&amp;mples</source>
            <translation>Vis &amp;vareprøver</translation>
        </message>
        <message>
            <source>This supplier's sample rounds, in Samples</source>
            <translation>Prøverundene til denne leverandøren, under Vareprøver</translation>
        </message>
        <message>
            <source>This supplier cannot be read: {reason}.</source>
            <translation>Denne leverandøren kan ikke leses: {reason}.</translation>
        </message>
        <message>
            <source>No supplier selected</source>
            <translation>Ingen leverandør valgt</translation>
        </message>
        <message>
            <source>Select a supplier to see its certifications, due diligence and scorecard.</source>
            <translation>Velg en leverandør for å se sertifiseringer, leverandørkontroll og resultatkort.</translation>
        </message>
        <message>
            <source>Show &amp;Quotes ({quote_count})</source>
            <translation>Vis &amp;tilbud ({quote_count})</translation>
        </message>
        <message>
            <source>Show Sa&amp;mples ({sample_count})</source>
            <translation>Vis &amp;vareprøver ({sample_count})</translation>
        </message>
        <message>
            <source>(+{more} more)</source>
            <translation>(+{more} til)</translation>
        </message>
        <message>
            <source>Due diligence: {done} of {total}</source>
            <translation>Leverandørkontroll: {done} av {total}</translation>
        </message>
    </context>
    <context>
        <name>SuppliersView</name>
        <message>
            <source>Score</source>
            <translation>Poeng</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <source>Due diligence</source>
            <translation>Leverandørkontroll</translation>
        </message>
        <message>
            <source>{done} of {total} due-diligence checks done</source>
            <translation>{done} av {total} punkter i leverandørkontrollen utført</translation>
        </message>
        <message>
            <source>Quotes</source>
            <translation>Tilbud</translation>
        </message>
        <message>
            <source>Samples</source>
            <translation>Vareprøver</translation>
        </message>
        <message>
            <source>Capabilities</source>
            <translation>Kompetanse</translation>
        </message>
        <message>
            <source>Suppliers</source>
            <translation>Leverandører</translation>
        </message>
        <message>
            <source>No suppliers yet. Use New Supplier to add the manufacturers you work with or are vetting.</source>
            <translation>Ingen leverandører ennå. Bruk Ny leverandør for å legge inn produsentene du jobber med eller vurderer.</translation>
        </message>
        <message>
            <source>Name, country or capability (Ctrl+F)</source>
            <translation>Navn, land eller kompetanse (Ctrl+F)</translation>
        </message>
        <message>
            <source>Show every supplier again</source>
            <translation>Vis alle leverandørene igjen</translation>
        </message>
        <message>
            <source>&amp;New Supplier…</source>
            <translation>&amp;Ny leverandør…</translation>
        </message>
        <message>
            <source>Add a manufacturer you work with or are vetting</source>
            <translation>Legg til en produsent du jobber med eller vurderer</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Rediger…</translation>
        </message>
        <message>
            <source>Contacts, capabilities, certifications, due diligence and scorecard of the selected supplier (Ctrl+E, or Enter)</source>
            <translation>Kontakter, kompetanse, sertifiseringer, leverandørkontroll og resultatkort for valgt leverandør (Ctrl+E eller Enter)</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Slett…</translation>
        </message>
        <message>
            <source>Delete the selected supplier with its quotes and sample rounds (asks first; undoable)</source>
            <translation>Slett valgt leverandør med tilbud og prøverunder (spør først; kan angres)</translation>
        </message>
        <message>
            <source>(no score: {error})</source>
            <translation>(ingen poeng: {error})</translation>
        </message>
        <message>
            <source>… and {count} more lines</source>
            <translation>… og {count} linjer til</translation>
        </message>
        <message>
            <source>1 supplier</source>
            <translation>1 leverandør</translation>
        </message>
        <message>
            <source>{count} suppliers</source>
            <translation>{count} leverandører</translation>
        </message>
        <message>
            <source>1 country</source>
            <translation>1 land</translation>
        </message>
        <message>
            <source>{countries} countries</source>
            <translation>{countries} land</translation>
        </message>
        <message>
            <source>{suppliers} in {countries}</source>
            <translation>{suppliers} i {countries}</translation>
        </message>
        <message>
            <source>Showing {supplier}</source>
            <translation>Viser {supplier}</translation>
        </message>
        <message>
            <source>Showing the suppliers that quoted or sampled {code}</source>
            <translation>Viser leverandørene som har gitt tilbud på eller laget vareprøve av {code}</translation>
        </message>
        <message>
            <source>Show &amp;Quotes</source>
            <translation>Vis &amp;tilbud</translation>
        </message>
        <message>
            <source>Show Sa&amp;mple Rounds</source>
            <translation>Vis &amp;prøverunder</translation>
        </message>
        <message>
            <source>New supplier {supplier}</source>
            <translation>Ny leverandør {supplier}</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Ikke lagret: {reason}</translation>
        </message>
        <message>
            <source>Delete supplier</source>
            <translation>Slett leverandør</translation>
        </message>
        <message>
            <source>Delete “{supplier}”?</source>
            <translation>Slette «{supplier}»?</translation>
        </message>
        <message>
            <source>This also deletes its {quotes} and {sample_rounds}.</source>
            <translation>Dette sletter også leverandørens {quotes} og {sample_rounds}.</translation>
        </message>
        <message>
            <source>quote</source>
            <translation>tilbud</translation>
        </message>
        <message>
            <source>quotes</source>
            <translation>tilbud</translation>
        </message>
        <message>
            <source>sample round</source>
            <translation>prøverunde</translation>
        </message>
        <message>
            <source>sample rounds</source>
            <translation>prøverunder</translation>
        </message>
        <message>
            <source>It has no quotes or sample rounds.</source>
            <translation>Leverandøren har ingen tilbud eller prøverunder.</translation>
        </message>
        <message>
            <source>It is taken off {rfqs}.</source>
            <translation>Den fjernes fra {rfqs}.</translation>
        </message>
        <message>
            <source>request for quotation</source>
            <translation>forespørsel om tilbud</translation>
        </message>
        <message>
            <source>requests for quotation</source>
            <translation>forespørsler om tilbud</translation>
        </message>
        <message>
            <source>Edit ▸ Undo brings all of it back.</source>
            <translation>Rediger ▸ Angre henter alt tilbake.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>Delete supplier {name}</source>
            <translation>Slett leverandør {name}</translation>
        </message>
        <message>
            <source>Not deleted: {reason}</source>
            <translation>Ikke slettet: {reason}</translation>
        </message>
        <message>
            <source>Deleted “{name}”. Edit ▸ Undo brings it back.</source>
            <translation>Slettet «{name}». Rediger ▸ Angre henter den tilbake.</translation>
        </message>
    </context>
    <context>
        <name>TechPackEditor</name>
        <message>
            <source>Revisions</source>
            <translation>Revisjoner</translation>
        </message>
        <message>
            <source>&amp;New Draft</source>
            <translation>&amp;Nytt utkast</translation>
        </message>
        <message>
            <source>Start the next revision from the newest issued one</source>
            <translation>Start neste revisjon fra den nyeste utstedte</translation>
        </message>
        <message>
            <source>&amp;Issue Revision…</source>
            <translation>&amp;Utsted revisjon…</translation>
        </message>
        <message>
            <source>Paper size for printing and PDF</source>
            <translation>Papirstørrelse for utskrift og PDF</translation>
        </message>
        <message>
            <source>&amp;Export PDF…</source>
            <translation>&amp;Eksporter PDF…</translation>
        </message>
        <message>
            <source>&amp;Print Preview…</source>
            <translation>&amp;Forhåndsvisning…</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>Papir:</translation>
        </message>
        <message>
            <source>Lan&amp;guage:</source>
            <translation>Spr&amp;åk:</translation>
        </message>
        <message>
            <source>Tech &amp;Pack</source>
            <translation>Tech &amp;pack</translation>
        </message>
        <message>
            <source>&amp;Changes</source>
            <translation>Endrin&amp;ger</translation>
        </message>
        <message>
            <source>&amp;Dimensions</source>
            <translation>M&amp;ål</translation>
        </message>
        <message>
            <source>&amp;Weight</source>
            <translation>&amp;Vekt</translation>
        </message>
        <message>
            <source>&amp;Materials &amp;&amp; Marks</source>
            <translation>M&amp;aterialer &amp;&amp; merking</translation>
        </message>
        <message>
            <source>&amp;Finishes</source>
            <translation>&amp;Overflater</translation>
        </message>
        <message>
            <source>Callo&amp;uts</source>
            <translation>&amp;Henvisninger</translation>
        </message>
        <message>
            <source>Labels &amp;&amp; &amp;QC</source>
            <translation>Etiketter &amp;&amp; &amp;QC</translation>
        </message>
        <message>
            <source>C&amp;ompliance</source>
            <translation>&amp;Regelverk</translation>
        </message>
        <message>
            <source>DF&amp;M</source>
            <translation>DF&amp;M</translation>
        </message>
        <message>
            <source>This design has no tech pack yet.
Use New Draft to start revision A.</source>
            <translation>Dette designet har ingen tech pack ennå.
Bruk Nytt utkast for å starte revisjon A.</translation>
        </message>
        <message>
            <source>{code} · {name} — Tech Pack</source>
            <translation>{code} · {name} — Tech pack</translation>
        </message>
        <message>
            <source>Revision {revision} · {status_text}</source>
            <translation>Revisjon {revision} · {status_text}</translation>
        </message>
        <message>
            <source>&amp;New Draft (Revision {revision})</source>
            <translation>&amp;Nytt utkast (revisjon {revision})</translation>
        </message>
        <message>
            <source>&amp;Issue Revision {revision}…</source>
            <translation>&amp;Utsted revisjon {revision}…</translation>
        </message>
        <message>
            <source>Revision {revision} · draft — every change is saved as you make it</source>
            <translation>Revisjon {revision} · utkast — alle endringer lagres fortløpende</translation>
        </message>
        <message>
            <source>Revision {revision} · {status_text} · read-only: an issued revision can only be superseded</source>
            <translation>Revisjon {revision} · {status_text} · skrivebeskyttet: en utstedt revisjon kan bare erstattes av en ny</translation>
        </message>
        <message>
            <source>Revision {revision} cannot be shown as a form: {error}</source>
            <translation>Revisjon {revision} kan ikke vises som skjema: {error}</translation>
        </message>
        <message>
            <source>Revision {revision} is the first: there is nothing to compare it with.</source>
            <translation>Revisjon {revision} er den første: det finnes ingenting å sammenligne den med.</translation>
        </message>
        <message>
            <source>Changes from the previous revision ({previous}) to {revision}:</source>
            <translation>Endringer fra forrige revisjon ({previous}) til {revision}:</translation>
        </message>
        <message>
            <source>No changes.</source>
            <translation>Ingen endringer.</translation>
        </message>
        <message>
            <source>Revision {revision} is issued and cannot be changed: start a new draft to supersede it.</source>
            <translation>Revisjon {revision} er utstedt og kan ikke endres: start et nytt utkast for å erstatte den.</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Ikke lagret: {reason}</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Lagret.</translation>
        </message>
        <message>
            <source>No draft started: {reason}</source>
            <translation>Intet utkast startet: {reason}</translation>
        </message>
        <message>
            <source>Revision {revision} started as a draft.</source>
            <translation>Revisjon {revision} er startet som utkast.</translation>
        </message>
        <message>
            <source>issuing revision {revision}</source>
            <translation>utstedelse av revisjon {revision}</translation>
        </message>
        <message>
            <source>Revision {revision} is not issued: acknowledge these DFM warnings first (tab DFM): {warnings}</source>
            <translation>Revisjon {revision} er ikke utstedt: bekreft først disse DFM-advarslene (fanen DFM): {warnings}</translation>
        </message>
        <message>
            <source>Revision {revision} is not issued: write a change note saying what changed.</source>
            <translation>Revisjon {revision} er ikke utstedt: skriv et endringsnotat som sier hva som er endret.</translation>
        </message>
        <message>
            <source>Revision {revision} is not issued: {error}</source>
            <translation>Revisjon {revision} er ikke utstedt: {error}</translation>
        </message>
        <message>
            <source>Revision {revision} issued: it is frozen from now on.</source>
            <translation>Revisjon {revision} er utstedt: den er låst fra nå av.</translation>
        </message>
        <message>
            <source>printing this draft</source>
            <translation>utskrift av dette utkastet</translation>
        </message>
        <message>
            <source>Export Tech Pack as PDF</source>
            <translation>Eksporter tech pack som PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-dokumenter (*.pdf)</translation>
        </message>
        <message>
            <source>PDF not written: {error}</source>
            <translation>PDF ble ikke skrevet: {error}</translation>
        </message>
        <message>
            <source>Written {file} ({pages} pages).</source>
            <translation>Skrev {file} ({pages} sider).</translation>
        </message>
    </context>
    <context>
        <name>TornadoChart</name>
        <message>
            <source>Each bar: in-house − supplier a year with one factor moved (above 0 the supplier is cheaper). Point at a bar to read it; click it for how.</source>
            <translation>Hver søyle: egenproduksjon − leverandør per år med én faktor endret (over 0 er leverandøren billigst). Pek på en søyle for å lese den; klikk på den for å se hvordan.</translation>
        </message>
        <message>
            <source>Sensitivity of the decision</source>
            <translation>Beslutningens følsomhet</translation>
        </message>
        <message>
            <source>Route the sensitivity is shown against</source>
            <translation>Alternativet følsomheten vises mot</translation>
        </message>
        <message>
            <source>In-house a&amp;gainst</source>
            <translation>Egenp&amp;roduksjon mot</translation>
        </message>
        <message>
            <source>In-house total − supplier total a year ({currency})</source>
            <translation>Egenproduksjon totalt − leverandør totalt per år ({currency})</translation>
        </message>
        <message>
            <source>factor − {swing}</source>
            <translation>faktor − {swing}</translation>
        </message>
        <message>
            <source>factor + {swing}</source>
            <translation>faktor + {swing}</translation>
        </message>
        <message>
            <source>Factor − {swing}</source>
            <translation>Faktor − {swing}</translation>
        </message>
        <message>
            <source>Factor + {swing}</source>
            <translation>Faktor + {swing}</translation>
        </message>
        <message>
            <source>0: both cost the same</source>
            <translation>0: begge koster det samme</translation>
        </message>
        <message>
            <source>Today {route} is cheaper by {amount} a year</source>
            <translation>I dag er {route} {amount} billigere per år</translation>
        </message>
        <message>
            <source>in-house</source>
            <translation>egenproduksjon</translation>
        </message>
        <message>
            <source>; no factor moved by ± {swing} turns that</source>
            <translation>; ingen faktor endret med ± {swing} snur det</translation>
        </message>
        <message>
            <source>the supplier is cheaper</source>
            <translation>leverandøren er billigere</translation>
        </message>
        <message>
            <source>in-house is cheaper</source>
            <translation>egenproduksjon er billigere</translation>
        </message>
        <message>
            <source>both cost the same</source>
            <translation>begge koster det samme</translation>
        </message>
        <message>
            <source>{factor}: in-house − supplier = {difference} ({who})</source>
            <translation>{factor}: egenproduksjon − leverandør = {difference} ({who})</translation>
        </message>
    </context>
    <context>
        <name>Totals</name>
        <message>
            <source>CapEx (equipment)</source>
            <translation>Investering (utstyr)</translation>
        </message>
        <message>
            <source>Depreciation</source>
            <translation>Avskrivning</translation>
        </message>
        <message>
            <source>Fixed cost</source>
            <translation>Fast kostnad</translation>
        </message>
        <message>
            <source>Staff capacity</source>
            <translation>Bemanningskapasitet</translation>
        </message>
        <message>
            <source>1 piece of equipment, paid up front</source>
            <translation>1 utstyrsenhet, betalt på forhånd</translation>
        </message>
        <message>
            <source>{count} pieces of equipment, paid up front</source>
            <translation>{count} utstyrsenheter, betalt på forhånd</translation>
        </message>
        <message>
            <source>{amount} / year</source>
            <translation>{amount} / år</translation>
        </message>
        <message>
            <source>Straight line: (cost − salvage) ÷ useful life, summed</source>
            <translation>Lineært: (kostnad − restverdi) ÷ levetid, summert</translation>
        </message>
        <message>
            <source>{amount} / month</source>
            <translation>{amount} / måned</translation>
        </message>
        <message>
            <source>Overheads {overheads} + salaries {salaries}, whatever the volume</source>
            <translation>Faste kostnader {overheads} + lønninger {salaries}, uansett volum</translation>
        </message>
        <message>
            <source>{hours} h / month</source>
            <translation>{hours} h / måned</translation>
        </message>
        <message>
            <source>{headcount} people × their hours a month; beyond it the cost model adds staff in steps</source>
            <translation>{headcount} personer × timene deres per måned; utover det legger kostnadsmodellen til ansatte i trinn</translation>
        </message>
    </context>
    <context>
        <name>UpdatePricesDialog</name>
        <message>
            <source>Update Prices</source>
            <translation>Oppdater priser</translation>
        </message>
        <message>
            <source>The day these prices and rates are for</source>
            <translation>Dagen disse prisene og kursene gjelder for</translation>
        </message>
        <message>
            <source>Each row shows the last price or rate on or before this day. Type the new ones; rows left as they are are not stored again. Save stores them all as one step (Edit ▸ Undo takes them back).</source>
            <translation>Hver rad viser siste pris eller kurs på eller før denne dagen. Skriv inn de nye; rader du lar stå som de er, lagres ikke på nytt. Lagre lagrer alt som ett trinn (Rediger ▸ Angre tar det tilbake).</translation>
        </message>
        <message>
            <source>Prices &amp;on:</source>
            <translation>Priser &amp;per:</translation>
        </message>
        <message>
            <source>Fine metal prices</source>
            <translation>Finmetallpriser</translation>
        </message>
        <message>
            <source>Exchange rates into {base} (the base currency)</source>
            <translation>Valutakurser til {base} (basisvalutaen)</translation>
        </message>
        <message>
            <source>{metal} price</source>
            <translation>Pris for {metal}</translation>
        </message>
        <message>
            <source>per troy ounce</source>
            <translation>per troyunse</translation>
        </message>
        <message>
            <source>per gram</source>
            <translation>per gram</translation>
        </message>
        <message>
            <source>no price yet</source>
            <translation>ingen pris ennå</translation>
        </message>
        <message>
            <source>last: {amount} {currency}/ozt on {price_date}</source>
            <translation>sist: {amount} {currency}/ozt den {price_date}</translation>
        </message>
        <message>
            <source>Another currency to enter a rate for</source>
            <translation>En annen valuta å legge inn kurs for</translation>
        </message>
        <message>
            <source>{currency} in {base}</source>
            <translation>{currency} i {base}</translation>
        </message>
        <message>
            <source>other currency</source>
            <translation>annen valuta</translation>
        </message>
        <message>
            <source>last: {rate} on {rate_date}</source>
            <translation>sist: {rate} den {rate_date}</translation>
        </message>
        <message>
            <source>last: 1 {from_currency} = {rate} {to_currency} on {rate_date} (shown the other way round)</source>
            <translation>sist: 1 {from_currency} = {rate} {to_currency} den {rate_date} (vist omvendt)</translation>
        </message>
        <message>
            <source>no rate yet</source>
            <translation>ingen kurs ennå</translation>
        </message>
        <message>
            <source>none kept; the comparison uses {rate}, {derivation}</source>
            <translation>ingen lagret; sammenligningen bruker {rate}, {derivation}</translation>
        </message>
        <message>
            <source>The date {on} is after today: prices are kept for days that have come</source>
            <translation>Datoen {on} er etter i dag: priser lagres bare for dager som har vært</translation>
        </message>
        <message>
            <source>{code} is the base currency: its rate is 1</source>
            <translation>{code} er basisvalutaen: kursen er 1</translation>
        </message>
        <message>
            <source>Update prices of {date} ({count})</source>
            <translation>Oppdater priser per {date} ({count})</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Ikke lagret: {reason}</translation>
        </message>
    </context>
    <context>
        <name>VolumeChart</name>
        <message>
            <source>Point at a curve to read its exact total; click a curve or a diamond (where the cheaper route changes) to see how it is made.</source>
            <translation>Pek på en kurve for å lese den nøyaktige totalen; klikk på en kurve eller en rute (der det billigste alternativet skifter) for å se hvordan den er regnet ut.</translation>
        </message>
        <message>
            <source>Total cost a year against volume</source>
            <translation>Totalkostnad per år mot volum</translation>
        </message>
        <message>
            <source>Pieces a year</source>
            <translation>Stykk per år</translation>
        </message>
        <message>
            <source>Total cost a year ({currency})</source>
            <translation>Totalkostnad per år ({currency})</translation>
        </message>
        <message>
            <source>In-house</source>
            <translation>Egenproduksjon</translation>
        </message>
        <message>
            <source>{volume} pcs</source>
            <translation>{volume} stk.</translation>
        </message>
        <message>
            <source>Total cost a year — {volume} pieces a year marked</source>
            <translation>Totalkostnad per år — {volume} stk. per år markert</translation>
        </message>
        <message>
            <source>{route} (break-even volume {volume})</source>
            <translation>{route} (nullpunktsvolum {volume})</translation>
        </message>
        <message>
            <source>{name} at {volume} pieces a year: {figure} ({per_piece} a piece)</source>
            <translation>{name} ved {volume} stk. per år: {figure} ({per_piece} per stk.)</translation>
        </message>
    </context>
    <context>
        <name>WeightTab</name>
        <message>
            <source>finished weight</source>
            <translation>ferdigvekt</translation>
        </message>
        <message>
            <source>weight tolerance</source>
            <translation>vekttoleranse</translation>
        </message>
        <message>
            <source>minimum wall</source>
            <translation>minste veggtykkelse</translation>
        </message>
        <message>
            <source>minimum prong</source>
            <translation>minste klotykkelse</translation>
        </message>
        <message>
            <source>Finished &amp;weight:</source>
            <translation>Ferdigve&amp;kt:</translation>
        </message>
        <message>
            <source>Weight &amp;tolerance (±):</source>
            <translation>Vekt&amp;toleranse (±):</translation>
        </message>
        <message>
            <source>Minimum wall:</source>
            <translation>Minste veggtykkelse:</translation>
        </message>
        <message>
            <source>Minimum prong:</source>
            <translation>Minste klotykkelse:</translation>
        </message>
        <message>
            <source>jewelbench warns about walls under 0.8 mm and prongs under 0.6 mm.</source>
            <translation>jewelbench varsler om vegger under 0,8 mm og klør under 0,6 mm.</translation>
        </message>
        <message>
            <source>Left empty, the tech pack gives the bill of materials' metal weight: {weight} g</source>
            <translation>Står feltet tomt, oppgir tech packen metallvekten fra materiallisten: {weight} g</translation>
        </message>
    </context>
    <context>
        <name>WorkbookExportDialog</name>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-regneark (*.xlsx)</translation>
        </message>
        <message>
            <source>Export Workbook</source>
            <translation>Eksporter regneark</translation>
        </message>
        <message>
            <source>Write All Listings</source>
            <translation>Skriv alle oppføringer</translation>
        </message>
        <message>
            <source>A workbook for your accountant: every cost is a formula over its Inputs sheet (metal prices, FX rates, quotes, the in-house scenario), so changing an input in Excel or LibreOffice moves every total as jewelbench computes it. The designs compared are listed too, with their quotes, suppliers and sample rounds.</source>
            <translation>Et regneark til regnskapsføreren din: hver kostnad er en formel som regner på arket Inputs (metallpriser, valutakurser, tilbud, scenarioet for egenproduksjon), så når du endrer en inndataverdi i Excel eller LibreOffice, endres alle summer slik jewelbench beregner dem. Designene som sammenlignes, er også oppført, med tilbud, leverandører og prøverunder.</translation>
        </message>
        <message>
            <source>A collection &amp;plan</source>
            <translation>En kolleksjons&amp;plan</translation>
        </message>
        <message>
            <source>Collection plan</source>
            <translation>Kolleksjonsplan</translation>
        </message>
        <message>
            <source>One &amp;design, against each of its quotes</source>
            <translation>Ett &amp;design, mot hvert av tilbudene</translation>
        </message>
        <message>
            <source>Design</source>
            <translation>Design</translation>
        </message>
        <message>
            <source>Type a code or a name</source>
            <translation>Skriv en kode eller et navn</translation>
        </message>
        <message>
            <source> pieces a year</source>
            <translation> stykk per år</translation>
        </message>
        <message>
            <source>As planned</source>
            <translation>Som planlagt</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Bla gjennom…</translation>
        </message>
        <message>
            <source>What to cost</source>
            <translation>Hva skal kalkuleres</translation>
        </message>
        <message>
            <source>Allocated: its share of the workshop</source>
            <translation>Fordelt: sin andel av verkstedet</translation>
        </message>
        <message>
            <source>Incremental: only what it adds</source>
            <translation>Merkostnad: bare det designet legger til</translation>
        </message>
        <message>
            <source>Stand-alone: a workshop for it alone</source>
            <translation>Frittstående: et verksted bare for dette</translation>
        </message>
        <message>
            <source>Its fixed costs:</source>
            <translation>Faste kostnader:</translation>
        </message>
        <message>
            <source>In-house &amp;scenario:</source>
            <translation>&amp;Scenario for egenproduksjon:</translation>
        </message>
        <message>
            <source>Costing da&amp;te:</source>
            <translation>Kalkyleda&amp;to:</translation>
        </message>
        <message>
            <source>&amp;Volume:</source>
            <translation>&amp;Volum:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fil:</translation>
        </message>
        <message>
            <source>Language of the workbook</source>
            <translation>Regnearkets språk</translation>
        </message>
        <message>
            <source>The language of the workbook's labels and notes. Its figures are numbers, which the spreadsheet shows in its own forms (1 234,50 in a Norwegian one).</source>
            <translation>Språket i regnearkets etiketter og merknader. Tallene er ekte tall, som regnearkprogrammet viser på sin egen måte (1 234,50 i et norsk).</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Språk:</translation>
        </message>
        <message>
            <source>&amp;All listings: every design, quote and sample round of the workspace</source>
            <translation>&amp;Alle oppføringer: hvert design, tilbud og hver prøverunde i arbeidsområdet</translation>
        </message>
        <message>
            <source>Unticked, the workbook lists only the designs being compared, with their quotes, tiers, fees and sample rounds</source>
            <translation>Uten hake viser regnearket bare designene som sammenlignes, med tilbud, pristrinn, gebyrer og prøverunder</translation>
        </message>
        <message>
            <source>Prices and FX rates are the newest on or before the costing date. The volume is the pieces a year costed; a plan keeps its mix of designs.</source>
            <translation>Priser og valutakurser er de nyeste på eller før kalkyledatoen. Volumet er antall stykk per år som kalkuleres; en plan beholder sin fordeling av design.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Åpne</translation>
        </message>
        <message>
            <source>Open the workbook in your spreadsheet program</source>
            <translation>Åpne regnearket i regnearkprogrammet ditt</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Eksporter</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Lukk</translation>
        </message>
        <message>
            <source>No collection plan yet</source>
            <translation>Ingen kolleksjonsplan ennå</translation>
        </message>
        <message>
            <source>Make or buy {plan}</source>
            <translation>Lage selv eller kjøpe {plan}</translation>
        </message>
        <message>
            <source>Make or buy</source>
            <translation>Lage selv eller kjøpe</translation>
        </message>
        <message>
            <source>Add an in-house scenario in Costs first.</source>
            <translation>Legg først til et scenario for egenproduksjon under Kostnader.</translation>
        </message>
        <message>
            <source>Choose a design.</source>
            <translation>Velg et design.</translation>
        </message>
        <message>
            <source>Choose a collection plan.</source>
            <translation>Velg en kolleksjonsplan.</translation>
        </message>
        <message>
            <source>Choose the file to write.</source>
            <translation>Velg filen som skal skrives.</translation>
        </message>
        <message>
            <source>{rows} rows, about {cells} cells</source>
            <translation>{rows} rader, omtrent {cells} celler</translation>
        </message>
        <message>
            <source>1 quote</source>
            <translation>1 tilbud</translation>
        </message>
        <message>
            <source>{quotes} quotes</source>
            <translation>{quotes} tilbud</translation>
        </message>
        <message>
            <source>1 design</source>
            <translation>1 design</translation>
        </message>
        <message>
            <source>{count} designs</source>
            <translation>{count} design</translation>
        </message>
        <message>
            <source>Listings: every design of the workspace ({designs}, {quotes}): {sizes}.</source>
            <translation>Oppføringer: alle design i arbeidsområdet ({designs}, {quotes}): {sizes}.</translation>
        </message>
        <message>
            <source>A large workbook: slower to write and to open.</source>
            <translation>Et stort regneark: tregere å skrive og å åpne.</translation>
        </message>
        <message>
            <source>Listings: the {designs} compared ({quotes}): {sizes}.</source>
            <translation>Oppføringer: {designs} som sammenlignes ({quotes}): {sizes}.</translation>
        </message>
        <message>
            <source>design</source>
            <translation>designet</translation>
        </message>
        <message>
            <source>Save Workbook</source>
            <translation>Lagre regneark</translation>
        </message>
        <message>
            <source>Waiting for your answer: write every listing?</source>
            <translation>Venter på svaret ditt: skrive alle oppføringer?</translation>
        </message>
        <message>
            <source>Write every listing of the workspace: {rows} rows, about {cells} cells?</source>
            <translation>Skrive alle oppføringer i arbeidsområdet: {rows} rader, omtrent {cells} celler?</translation>
        </message>
        <message>
            <source>A workbook this large takes a while to write and to open. Unticked, All listings lists only the {designs} compared.</source>
            <translation>Et så stort regneark tar en stund å skrive og å åpne. Uten hake ved Alle oppføringer vises bare de {designs} som sammenlignes.</translation>
        </message>
        <message>
            <source>Reading the workspace…</source>
            <translation>Leser arbeidsområdet…</translation>
        </message>
        <message>
            <source>Not exported: {error}</source>
            <translation>Ikke eksportert: {error}</translation>
        </message>
        <message>
            <source>Writing the workbook…</source>
            <translation>Skriver regnearket…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Writing {what}…</source>
            <translation>Skriver {what}…</translation>
        </message>
        <message>
            <source>Cancelled: no file was written.</source>
            <translation>Avbrutt: ingen fil ble skrevet.</translation>
        </message>
        <message>
            <source>Written to {target}: {report} at {volume} pieces a year.</source>
            <translation>Skrevet til {target}: {report} ved {volume} stykk per år.</translation>
        </message>
        <message>
            <source>{count} left out (listed on its cover).</source>
            <translation>{count} utelatt (oppført på forsiden).</translation>
        </message>
        <message>
            <source>Written in {written}: the {wanted} translation could not be read.</source>
            <translation>Skrevet på {written}: oversettelsen til {wanted} kunne ikke leses.</translation>
        </message>
        <message>
            <source>Its labels are in {language}.</source>
            <translation>Etikettene er på {language}.</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceSettingsDialog</name>
        <message>
            <source>New Workspace</source>
            <translation>Nytt arbeidsområde</translation>
        </message>
        <message>
            <source>Workspace Settings</source>
            <translation>Innstillinger for arbeidsområdet</translation>
        </message>
        <message>
            <source>The currency every cost, quote and comparison is shown in (an ISO 4217 code: EUR, USD, NOK …)</source>
            <translation>Valutaen alle kostnader, tilbud og sammenligninger vises i (en ISO 4217-kode: EUR, USD, NOK …)</translation>
        </message>
        <message>
            <source>Prices, quotes and costs keep the currency they were entered in. Every figure is converted into the base currency at the exchange rate of its date; where a rate is missing, jewelbench says so.</source>
            <translation>Priser, tilbud og kostnader beholder valutaen de ble registrert i. Hvert beløp regnes om til basisvalutaen etter valutakursen på sin dato; der en kurs mangler, sier jewelbench fra.</translation>
        </message>
        <message>
            <source>Changing the base currency converts nothing stored: prices, quotes and costs keep their own currencies and are shown in the new base at the rate of their date. Where a rate is missing, jewelbench says so. The change can be undone.</source>
            <translation>Å endre basisvalutaen regner ikke om noe som er lagret: priser, tilbud og kostnader beholder sine egne valutaer og vises i den nye basisvalutaen etter kursen på sin dato. Der en kurs mangler, sier jewelbench fra. Endringen kan angres.</translation>
        </message>
        <message>
            <source>&amp;Keep original photos</source>
            <translation>Be&amp;hold originalbildene</translation>
        </message>
        <message>
            <source>Off: a photo added to a design or a sample round is stored at most {side} px on its longer side as JPEG (quality 85), a tenth of a camera's file or less. On: the file is stored as it is (an image over 4,096 px is still scaled). Photos already stored stay as they are.</source>
            <translation>Av: et bilde som legges til et design eller en prøverunde, lagres som JPEG (kvalitet 85) med høyst {side} px på den lengste siden, en tidel av kamerafilen eller mindre. På: filen lagres som den er (et bilde over 4 096 px skaleres likevel ned). Bilder som allerede er lagret, forblir som de er.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Navn:</translation>
        </message>
        <message>
            <source>&amp;Base currency:</source>
            <translation>&amp;Basisvaluta:</translation>
        </message>
        <message>
            <source>Photos:</source>
            <translation>Bilder:</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Opprett</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Lagre</translation>
        </message>
        <message>
            <source>Give the workspace a name.</source>
            <translation>Gi arbeidsområdet et navn.</translation>
        </message>
    </context>
    <context>
        <name>_PriceDialog</name>
        <message>
            <source>{what}: type a three-letter currency code such as USD or EUR, or pick one from the list (“{typed}” is not one jewelbench knows)</source>
            <translation>{what}: skriv en valutakode på tre bokstaver, for eksempel USD eller EUR, eller velg en fra listen («{typed}» er ikke en kode jewelbench kjenner)</translation>
        </message>
        <message>
            <source>The date {date} is after today ({today}): prices and rates are kept as they were on a day that has come</source>
            <translation>Datoen {date} er etter i dag ({today}): priser og kurser lagres slik de var på en dag som allerede har vært</translation>
        </message>
    </context>
    <context>
        <name>backups</name>
        <message>
            <source>{designs} designs, {suppliers} suppliers, {quotes} quotes, {sample_rounds} sample rounds</source>
            <translation>{designs} design, {suppliers} leverandører, {quotes} tilbud, {sample_rounds} prøverunder</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <source>{minutes} min {seconds} s</source>
            <translation>{minutes} min {seconds} s</translation>
        </message>
        <message>
            <source>Backed up at {taken}</source>
            <translation>Sikkerhetskopiert kl. {taken}</translation>
        </message>
        <message>
            <source>Backed up at {taken} in {duration}</source>
            <translation>Sikkerhetskopiert kl. {taken} på {duration}</translation>
        </message>
        <message>
            <source>A backup is being written already.</source>
            <translation>En sikkerhetskopi skrives allerede.</translation>
        </message>
        <message>
            <source>Finishing the backup being written…</source>
            <translation>Fullfører sikkerhetskopien som skrives…</translation>
        </message>
        <message>
            <source>Backing up</source>
            <translation>Tar sikkerhetskopi</translation>
        </message>
        <message>
            <source>Automatic backup failed: {why}</source>
            <translation>Automatisk sikkerhetskopi mislyktes: {why}</translation>
        </message>
        <message>
            <source>Backing up in the background…</source>
            <translation>Tar sikkerhetskopi i bakgrunnen…</translation>
        </message>
        <message>
            <source>Backing up {workspace} before closing…</source>
            <translation>Tar sikkerhetskopi av {workspace} før lukking…</translation>
        </message>
        <message>
            <source>the backup did not finish</source>
            <translation>sikkerhetskopien ble ikke fullført</translation>
        </message>
    </context>
    <context>
        <name>brand</name>
        <message>
            <source>The brand logo is empty: choose an image file</source>
            <translation>Logoen til merkevaren er tom: velg en bildefil</translation>
        </message>
        <message>
            <source>The brand logo is larger than {max_logo_bytes} MB</source>
            <translation>Logoen til merkevaren er større enn {max_logo_bytes} MB</translation>
        </message>
        <message>
            <source>The brand logo must be an image ({logo_mime_types}), not '{logo_mime_type}'</source>
            <translation>Logoen til merkevaren må være et bilde ({logo_mime_types}), ikke '{logo_mime_type}'</translation>
        </message>
    </context>
    <context>
        <name>costing</name>
        <message>
            <source>There is no route named “{name}”</source>
            <translation>Det finnes ikke noe alternativ som heter «{name}»</translation>
        </message>
        <message>
            <source>Design {code} is not in plan “{name}”</source>
            <translation>Design {code} er ikke med i planen «{name}»</translation>
        </message>
        <message>
            <source>The break-even search must reach at least the volume ({pieces} pieces a year), not stop at {search}</source>
            <translation>Søket etter nullpunktet må nå minst volumet ({pieces} stk. i året), ikke stoppe ved {search}</translation>
        </message>
        <message>
            <source>Sensitivity swing must be between 0 and 100 %, not {percent}</source>
            <translation>Følsomhetsutslaget må være mellom 0 og 100 %, ikke {percent}</translation>
        </message>
        <message>
            <source>The cash flow needs at least 1 month, not {months}</source>
            <translation>Kontantstrømmen trenger minst 1 måned, ikke {months}</translation>
        </message>
        <message>
            <source>Two routes are named “{repeated}”: give each its own name</source>
            <translation>To alternativer heter «{repeated}»: gi hver sitt eget navn</translation>
        </message>
        <message>
            <source>At {pieces} pieces a year, in-house costs {in_house}.</source>
            <translation>Ved {pieces} stk. i året koster egenproduksjon {in_house}.</translation>
        </message>
        <message>
            <source>At {pieces} pieces a year, in-house is {percent} % cheaper than the best quote, {route} ({in_house} against {route_total})</source>
            <translation>Ved {pieces} stk. i året er egenproduksjon {percent} % billigere enn det beste tilbudet, {route} ({in_house} mot {route_total})</translation>
        </message>
        <message>
            <source>At {pieces} pieces a year, {route} is {percent} % cheaper than in-house ({route_total} against {in_house})</source>
            <translation>Ved {pieces} stk. i året er {route} {percent} % billigere enn egenproduksjon ({route_total} mot {in_house})</translation>
        </message>
        <message>
            <source>{amount} per year</source>
            <translation>{amount} per år</translation>
        </message>
        <message>
            <source>{verdict}; {bands}.</source>
            <translation>{verdict}; {bands}.</translation>
        </message>
        <message>
            <source>{verdict}.</source>
            <translation>{verdict}.</translation>
        </message>
        <message>
            <source>in-house</source>
            <translation>egenproduksjon</translation>
        </message>
        <message>
            <source>The largest part of {route}'s {piece} a piece is {part}: {amount} ({percent} %).</source>
            <translation>Den største delen av {piece} per stykk for {route} er {part}: {amount} ({percent} %).</translation>
        </message>
        <message>
            <source>The largest part of {route}'s {piece} a piece is {part}: {amount} ({percent} %), paid whatever the volume.</source>
            <translation>Den største delen av {piece} per stykk for {route} er {part}: {amount} ({percent} %), betalt uansett volum.</translation>
        </message>
        <message>
            <source>{steps} × {role} added for capacity</source>
            <translation>{steps} × {role} lagt til for kapasitet</translation>
        </message>
        <message>
            <source>{steps} × {role} added for capacity ({percent} % each)</source>
            <translation>{steps} × {role} lagt til for kapasitet ({percent} % hver)</translation>
        </message>
        <message>
            <source>{billed} pieces billed for {pieces} wanted (MOQ)</source>
            <translation>{billed} stk. fakturert for {pieces} ønsket (minste bestillingsmengde)</translation>
        </message>
        <message>
            <source>{billed} pieces billed for {pieces} wanted (MOQ per order, {orders} orders a year)</source>
            <translation>{billed} stk. fakturert for {pieces} ønsket (minste bestillingsmengde per ordre, {orders} ordrer i året)</translation>
        </message>
        <message>
            <source>{orders} orders a year: MOQ, tiers and minimum order value apply to each order</source>
            <translation>{orders} ordrer i året: minste bestillingsmengde, pristrinn og minste ordreverdi gjelder hver ordre</translation>
        </message>
        <message>
            <source>Pieces of this design</source>
            <translation>Stykk av dette designet</translation>
        </message>
        <message>
            <source>Bench minutes per piece</source>
            <translation>Benkeminutter per stykk</translation>
        </message>
        <message>
            <source>Orders a year</source>
            <translation>Bestillinger per år</translation>
        </message>
        <message>
            <source>Pieces billed</source>
            <translation>Fakturerte stykk</translation>
        </message>
        <message>
            <source>Tier price</source>
            <translation>Trinnpris</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Kurs</translation>
        </message>
        <message>
            <source>Metal per piece</source>
            <translation>Metall per stykk</translation>
        </message>
        <message>
            <source>Minimum order value</source>
            <translation>Minste ordreverdi</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minutter</translation>
        </message>
        <message>
            <source>orders</source>
            <translation>bestillinger</translation>
        </message>
        <message>
            <source>{route}: total</source>
            <translation>{route}: totalt</translation>
        </message>
        <message>
            <source>{route}: per piece</source>
            <translation>{route}: per stykk</translation>
        </message>
        <message>
            <source>{sum} + {term}</source>
            <translation>{sum} + {term}</translation>
        </message>
        <message>
            <source>{figure} ÷ {pieces} pieces</source>
            <translation>{figure} ÷ {pieces} stk.</translation>
        </message>
        <message>
            <source>Bench minutes are paid at the loaded rate ({rate} an hour) on top of the salaries of {people} salaried people: if they are the people at the bench, their time is counted twice: tick “Bench labour is paid through the salaries” in the scenario.</source>
            <translation>Benkeminuttene betales med timesats med påslag ({rate} i timen) i tillegg til lønnen til {people} fastlønnede: er det de som sitter ved benken, telles tiden deres to ganger: kryss av for «Benkearbeid betalt gjennom lønningene» i scenarioet.</translation>
        </message>
        <message>
            <source>Bench minutes are paid at the loaded rate ({rate} an hour) on top of the salaries of {people} salaried person: if they are the people at the bench, their time is counted twice: tick “Bench labour is paid through the salaries” in the scenario.</source>
            <translation>Benkeminuttene betales med timesats med påslag ({rate} i timen) i tillegg til lønnen til {people} fastlønnet: er det den som sitter ved benken, telles tiden to ganger: kryss av for «Benkearbeid betalt gjennom lønningene» i scenarioet.</translation>
        </message>
        <message>
            <source>Metal price</source>
            <translation>Metallpris</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volum</translation>
        </message>
        <message>
            <source>FX rates</source>
            <translation>Valutakurser</translation>
        </message>
        <message>
            <source>Error rate</source>
            <translation>Feilandel</translation>
        </message>
        <message>
            <source>{factor} {swing}</source>
            <translation>{factor} {swing}</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Forskjell</translation>
        </message>
        <message>
            <source>per year</source>
            <translation>per år</translation>
        </message>
        <message>
            <source>per piece</source>
            <translation>per stykk</translation>
        </message>
        <message>
            <source>per month</source>
            <translation>per måned</translation>
        </message>
        <message>
            <source>cumulative</source>
            <translation>akkumulert</translation>
        </message>
        <message>
            <source>pieces per year</source>
            <translation>stk. per år</translation>
        </message>
        <message>
            <source>hours per year</source>
            <translation>timer per år</translation>
        </message>
        <message>
            <source>{figure} {unit}</source>
            <translation>{figure} {unit}</translation>
        </message>
        <message>
            <source>Metal</source>
            <translation>Metall</translation>
        </message>
        <message>
            <source>Stones</source>
            <translation>Steiner</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Komponenter</translation>
        </message>
        <message>
            <source>Plating</source>
            <translation>Belegg</translation>
        </message>
        <message>
            <source>Packaging</source>
            <translation>Emballasje</translation>
        </message>
        <message>
            <source>Consumables</source>
            <translation>Forbruksmateriell</translation>
        </message>
        <message>
            <source>Bench labour</source>
            <translation>Benkearbeid</translation>
        </message>
        <message>
            <source>Remakes</source>
            <translation>Omlaging</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Utstyr</translation>
        </message>
        <message>
            <source>Overheads</source>
            <translation>Faste kostnader</translation>
        </message>
        <message>
            <source>Salaried staff</source>
            <translation>Fastlønnede ansatte</translation>
        </message>
        <message>
            <source>Added staff (capacity)</source>
            <translation>Ansatte lagt til (kapasitet)</translation>
        </message>
        <message>
            <source>Supplier price</source>
            <translation>Leverandørpris</translation>
        </message>
        <message>
            <source>Metal (re-priced)</source>
            <translation>Metall (omregnet)</translation>
        </message>
        <message>
            <source>Development fees</source>
            <translation>Utviklingsgebyrer</translation>
        </message>
        <message>
            <source>Freight</source>
            <translation>Frakt</translation>
        </message>
        <message>
            <source>Insurance</source>
            <translation>Forsikring</translation>
        </message>
        <message>
            <source>Import duty</source>
            <translation>Toll</translation>
        </message>
        <message>
            <source>FX risk buffer</source>
            <translation>Valutabuffer</translation>
        </message>
        <message>
            <source>Inspection</source>
            <translation>Inspeksjon</translation>
        </message>
        <message>
            <source>Materials you supply</source>
            <translation>Materialer du leverer</translation>
        </message>
        <message>
            <source>Defect allowance</source>
            <translation>Kassasjonsandel</translation>
        </message>
        <message>
            <source>Capital charge (equipment)</source>
            <translation>Kapitalkostnad (utstyr)</translation>
        </message>
        <message>
            <source>Import VAT (not reclaimed)</source>
            <translation>Import-MVA (ikke fradragsført)</translation>
        </message>
        <message>
            <source>metal</source>
            <translation>metall</translation>
        </message>
        <message>
            <source>stones</source>
            <translation>steiner</translation>
        </message>
        <message>
            <source>findings</source>
            <translation>komponenter</translation>
        </message>
        <message>
            <source>plating</source>
            <translation>belegg</translation>
        </message>
        <message>
            <source>packaging</source>
            <translation>emballasje</translation>
        </message>
        <message>
            <source>consumables</source>
            <translation>forbruksmateriell</translation>
        </message>
        <message>
            <source>bench labour</source>
            <translation>benkearbeid</translation>
        </message>
        <message>
            <source>remakes</source>
            <translation>omlaging</translation>
        </message>
        <message>
            <source>equipment</source>
            <translation>utstyr</translation>
        </message>
        <message>
            <source>overheads</source>
            <translation>faste kostnader</translation>
        </message>
        <message>
            <source>salaried staff</source>
            <translation>fastlønnede ansatte</translation>
        </message>
        <message>
            <source>added staff (capacity)</source>
            <translation>ansatte lagt til (kapasitet)</translation>
        </message>
        <message>
            <source>supplier price</source>
            <translation>leverandørpris</translation>
        </message>
        <message>
            <source>metal (re-priced)</source>
            <translation>metall (omregnet)</translation>
        </message>
        <message>
            <source>development fees</source>
            <translation>utviklingsgebyrer</translation>
        </message>
        <message>
            <source>freight</source>
            <translation>frakt</translation>
        </message>
        <message>
            <source>insurance</source>
            <translation>forsikring</translation>
        </message>
        <message>
            <source>import duty</source>
            <translation>toll</translation>
        </message>
        <message>
            <source>fx risk buffer</source>
            <translation>valutabuffer</translation>
        </message>
        <message>
            <source>inspection</source>
            <translation>inspeksjon</translation>
        </message>
        <message>
            <source>materials you supply</source>
            <translation>materialer du leverer</translation>
        </message>
        <message>
            <source>defect allowance</source>
            <translation>kassasjonsandel</translation>
        </message>
        <message>
            <source>capital charge (equipment)</source>
            <translation>kapitalkostnad (utstyr)</translation>
        </message>
        <message>
            <source>import vat (not reclaimed)</source>
            <translation>import-MVA (ikke fradragsført)</translation>
        </message>
        <message>
            <source>In-house</source>
            <translation>Egenproduksjon</translation>
        </message>
    </context>
    <context>
        <name>costing_analysis</name>
        <message>
            <source>A sweep needs at least 2 points, not {points}</source>
            <translation>Et forløp trenger minst 2 punkter, ikke {points}</translation>
        </message>
        <message>
            <source>Error rate {percent} + {percent2} reaches 100 %: lower the swing or the error rate</source>
            <translation>Feilandelen {percent} + {percent2} når 100 %: senk utslaget eller feilandelen</translation>
        </message>
        <message>
            <source>at {volume}</source>
            <translation>ved {volume}</translation>
        </message>
        <message>
            <source>between {first} and {last}</source>
            <translation>mellom {first} og {last}</translation>
        </message>
        <message>
            <source>{bands} and {band}</source>
            <translation>{bands} og {band}</translation>
        </message>
        <message>
            <source>{bands} pieces</source>
            <translation>{bands} stk.</translation>
        </message>
        <message>
            <source>in-house is never cheaper up to {searched} pieces</source>
            <translation>egenproduksjon er aldri billigere opp til {searched} stk.</translation>
        </message>
        <message>
            <source>in-house is cheaper at every volume up to {searched} pieces</source>
            <translation>egenproduksjon er billigere ved alle volumer opp til {searched} stk.</translation>
        </message>
        <message>
            <source>in-house is cheaper {bands} (searched up to {searched})</source>
            <translation>egenproduksjon er billigere {bands} (søkt opp til {searched})</translation>
        </message>
        <message>
            <source>In-house is never cheaper than {route} up to {searched} pieces a year</source>
            <translation>Egenproduksjon er aldri billigere enn {route} opp til {searched} stk. i året</translation>
        </message>
        <message>
            <source>In-house is cheaper than {route} at every volume up to {searched} pieces a year</source>
            <translation>Egenproduksjon er billigere enn {route} ved alle volumer opp til {searched} stk. i året</translation>
        </message>
        <message>
            <source>In-house is cheaper than {route} {bands} a year (searched up to {searched})</source>
            <translation>Egenproduksjon er billigere enn {route} {bands} i året (søkt opp til {searched})</translation>
        </message>
        <message>
            <source>Against {route}: neither side has paid less cash by month {months} (no payback within {months} months)</source>
            <translation>Mot {route}: ingen av sidene har betalt mindre kontant innen måned {months} (ingen tilbakebetaling innen {months} måneder)</translation>
        </message>
        <message>
            <source>Against {route}: {route} costs less cash from month {month} on; in-house does not pay back within {months} months</source>
            <translation>Mot {route}: {route} koster mindre kontant fra måned {month}; egenproduksjon betaler seg ikke tilbake innen {months} måneder</translation>
        </message>
        <message>
            <source>Against {route}: in-house costs less cash from month 0 on</source>
            <translation>Mot {route}: egenproduksjon koster mindre kontant fra måned 0</translation>
        </message>
        <message>
            <source>Against {route}: in-house pays back in month {month} (its cumulative cash stays below {route}'s from then to month {months})</source>
            <translation>Mot {route}: egenproduksjon betaler seg tilbake i måned {month} (den samlede kontantstrømmen holder seg under {route} fra da til måned {months})</translation>
        </message>
    </context>
    <context>
        <name>costing_basis</name>
        <message>
            <source>“{text}” is not a fixed-cost basis: choose allocated, incremental or stand-alone</source>
            <translation>«{text}» er ikke et grunnlag for faste kostnader: velg fordelt, merkostnad eller frittstående</translation>
        </message>
        <message>
            <source>A plan's basis is its own total: choose allocated, incremental or stand-alone for one design</source>
            <translation>En plans grunnlag er dens egen sum: velg fordelt, merkostnad eller frittstående for ett design</translation>
        </message>
        <message>
            <source>Fixed costs: the plan carries the whole workshop (equipment, overheads and salaried staff).</source>
            <translation>Faste kostnader: planen bærer hele verkstedet (utstyr, faste kostnader og fastlønnede ansatte).</translation>
        </message>
        <message>
            <source>Fixed costs on the stand-alone basis: a workshop for {design} alone carries all of the scenario's equipment, overheads and salaried staff.</source>
            <translation>Faste kostnader på frittstående grunnlag: et verksted bare for {design} bærer alt utstyret, alle faste kostnader og alle fastlønnede ansatte i scenarioet.</translation>
        </message>
        <message>
            <source>by pieces, as no design in {pool} has bench minutes</source>
            <translation>etter antall stykk, siden ingen design i {pool} har benkeminutter</translation>
        </message>
        <message>
            <source>by bench minutes: {minutes} of {pool_minutes} minutes a year in {pool}</source>
            <translation>etter benkeminutter: {minutes} av {pool_minutes} minutter i året i {pool}</translation>
        </message>
        <message>
            <source>Fixed costs on the allocated basis: {design} carries {percent} % of the workshop's equipment, overheads, salaried staff and capacity ({how}).</source>
            <translation>Faste kostnader på fordelt grunnlag: {design} bærer {percent} % av verkstedets utstyr, faste kostnader, fastlønnede ansatte og kapasitet ({how}).</translation>
        </message>
        <message>
            <source>Fixed costs on the allocated basis: {design} carries {percent} % of the workshop's equipment, overheads, salaried staff and capacity ({how}); equipment marked for it in full ({equipment}).</source>
            <translation>Faste kostnader på fordelt grunnlag: {design} bærer {percent} % av verkstedets utstyr, faste kostnader, fastlønnede ansatte og kapasitet ({how}); utstyr merket for det bæres fullt ut ({equipment}).</translation>
        </message>
        <message>
            <source>no salaried staff, so no capacity limit</source>
            <translation>ingen fastlønnede ansatte, så ingen kapasitetsgrense</translation>
        </message>
        <message>
            <source>staff added only for bench hours beyond the {free} hours a year the other designs leave free (they use {used})</source>
            <translation>ansatte legges bare til for benketimer ut over de {free} timene i året de andre designene lar stå ledige (de bruker {used})</translation>
        </message>
        <message>
            <source>equipment marked as needed for it ({equipment})</source>
            <translation>utstyr merket som nødvendig for det ({equipment})</translation>
        </message>
        <message>
            <source>no equipment marked as needed for it</source>
            <translation>ikke noe utstyr merket som nødvendig for det</translation>
        </message>
        <message>
            <source>Fixed costs on the incremental basis: the workshop exists, so {design} carries only what it adds: {what}; no overheads or salaries; {hours}.</source>
            <translation>Faste kostnader på merkostnadsgrunnlag: verkstedet finnes, så {design} bærer bare det det legger til: {what}; ingen faste kostnader eller lønninger; {hours}.</translation>
        </message>
    </context>
    <context>
        <name>costing_inhouse</name>
        <message>
            <source>staff</source>
            <translation>ansatte</translation>
        </message>
        <message>
            <source>Scenario “{name}”: {reason}</source>
            <translation>Scenario «{name}»: {reason}</translation>
        </message>
        <message>
            <source>{up_to} pieces a year would need more than {max_steps} more {role}: lower the volume, or check the bench minutes and hours per month</source>
            <translation>{up_to} stk. i året ville trenge mer enn {max_steps} flere {role}: senk volumet, eller sjekk benkeminuttene og timene per måned</translation>
        </message>
        <message>
            <source>Capacity step role “{capacity_step_role}” is not a staff role of scenario “{name}”</source>
            <translation>Kapasitetsrollen «{capacity_step_role}» er ikke en rolle blant de ansatte i scenarioet «{name}»</translation>
        </message>
        <message>
            <source>Useful life of “{name}” must be at least 1 year, not {useful_life_years}</source>
            <translation>Levetiden til «{name}» må være minst 1 år, ikke {useful_life_years}</translation>
        </message>
        <message>
            <source>“{name}”: cost and salvage value must be at least 0, with the salvage value not above the cost</source>
            <translation>«{name}»: kostnad og restverdi må være minst 0, og restverdien ikke over kostnaden</translation>
        </message>
        <message>
            <source>Hours per month of “{role}” must be above 0, not {hours_per_month}</source>
            <translation>Timer per måned for «{role}» må være over 0, ikke {hours_per_month}</translation>
        </message>
        <message>
            <source>{name} of scenario “{name2}” must be at least 0, not {value}</source>
            <translation>{name} i scenarioet «{name2}» må være minst 0, ikke {value}</translation>
        </message>
        <message>
            <source>Capacity: {pieces} pieces need {needed} bench hours a year (remakes included), more than the {available} that {benches} benches give ({hours} hours a bench): add benches or people, or plan fewer pieces</source>
            <translation>Kapasitet: {pieces} stk. trenger {needed} benketimer i året (omlaginger medregnet), mer enn de {available} som {benches} benker gir ({hours} timer per benk): legg til benker eller folk, eller planlegg færre stk.</translation>
        </message>
        <message>
            <source>Capacity: {pieces} pieces need {needed} bench hours a year (remakes included), more than the {available} that {benches} bench gives ({hours} hours a bench): add benches or people, or plan fewer pieces</source>
            <translation>Kapasitet: {pieces} stk. trenger {needed} benketimer i året (omlaginger medregnet), mer enn de {available} som {benches} benk gir ({hours} timer per benk): legg til benker eller folk, eller planlegg færre stk.</translation>
        </message>
        <message>
            <source>Capacity: {pieces} pieces need {needed} bench hours a year (remakes included), more than the {available} that {benches} benches (one per person) give ({hours} hours a bench): add benches or people, or plan fewer pieces</source>
            <translation>Kapasitet: {pieces} stk. trenger {needed} benketimer i året (omlaginger medregnet), mer enn de {available} som {benches} benker (én per person) gir ({hours} timer per benk): legg til benker eller folk, eller planlegg færre stk.</translation>
        </message>
        <message>
            <source>Capacity: {pieces} pieces need {needed} bench hours a year (remakes included), more than the {available} that {benches} bench (one per person) gives ({hours} hours a bench): add benches or people, or plan fewer pieces</source>
            <translation>Kapasitet: {pieces} stk. trenger {needed} benketimer i året (omlaginger medregnet), mer enn de {available} som {benches} benk (én per person) gir ({hours} timer per benk): legg til benker eller folk, eller planlegg færre stk.</translation>
        </message>
    </context>
    <context>
        <name>costing_inputs</name>
        <message>
            <source>Plan “{name}” has no designs: add at least one</source>
            <translation>Planen «{name}» har ingen design: legg til minst ett</translation>
        </message>
        <message>
            <source>Plan “{name}” lists {repeated} twice</source>
            <translation>Planen «{name}» har {repeated} to ganger</translation>
        </message>
        <message>
            <source>Orders per year must be a whole number, not {orders}</source>
            <translation>Ordrer i året må være et helt tall, ikke {orders}</translation>
        </message>
        <message>
            <source>Orders per year must be at least 1, not {orders}</source>
            <translation>Ordrer i året må være minst 1, ikke {orders}</translation>
        </message>
        <message>
            <source>Orders per year ({orders}) cannot be more than the plan's {volume} pieces a year: every order needs at least one piece</source>
            <translation>Ordrer i året ({orders}) kan ikke være flere enn planens {volume} stk. i året: hver ordre trenger minst ett stykk</translation>
        </message>
        <message>
            <source>Route “{name}” has no quotes</source>
            <translation>Alternativet «{name}» har ingen tilbud</translation>
        </message>
        <message>
            <source>Cannot compute the costs: {problems}</source>
            <translation>Kan ikke beregne kostnadene: {problems}</translation>
        </message>
        <message>
            <source>{problems}; {problem}</source>
            <translation>{problems}; {problem}</translation>
        </message>
        <message>
            <source>no {currency}→{base} FX rate on or before {date} (needed for {what})</source>
            <translation>ingen valutakurs {currency}→{base} på eller før {date} (trengs for {what})</translation>
        </message>
        <message>
            <source>no {metal} price on or before {date} (needed for {what})</source>
            <translation>ingen pris på {metal} på eller før {date} (trengs for {what})</translation>
        </message>
        <message>
            <source>alloy “{code}” of {what} is not known</source>
            <translation>legeringen «{code}» i {what} er ukjent</translation>
        </message>
        <message>
            <source>design {code}</source>
            <translation>design {code}</translation>
        </message>
        <message>
            <source>scenario “{name}”</source>
            <translation>scenario «{name}»</translation>
        </message>
        <message>
            <source>route “{name}”</source>
            <translation>alternativet «{name}»</translation>
        </message>
        <message>
            <source>the {metal} price</source>
            <translation>prisen på {metal}</translation>
        </message>
        <message>
            <source>a selling price</source>
            <translation>en salgspris</translation>
        </message>
        <message>
            <source>{group} of {what}</source>
            <translation>{group} i {what}</translation>
        </message>
        <message>
            <source>{what} must be a whole number of pieces, not {value}</source>
            <translation>{what} må være et helt antall stykk, ikke {value}</translation>
        </message>
        <message>
            <source>{what} must be at least 1 piece, not {value}</source>
            <translation>{what} må være minst 1 stk., ikke {value}</translation>
        </message>
        <message>
            <source>{what} must be at most {most} pieces, not {value}</source>
            <translation>{what} må være høyst {most} stk., ikke {value}</translation>
        </message>
        <message>
            <source>{what} must be below {below} %, not {value}</source>
            <translation>{what} må være under {below} %, ikke {value}</translation>
        </message>
        <message>
            <source>“{part}” is not a part of the bill of materials ({parts})</source>
            <translation>«{part}» er ikke en del av materiallisten ({parts})</translation>
        </message>
        <message>
            <source>{what} must be a whole number of years, not {value}</source>
            <translation>{what} må være et helt antall år, ikke {value}</translation>
        </message>
        <message>
            <source>{what} must be at least 1 year (the fee is charged over the years the design sells), not {value}</source>
            <translation>{what} må være minst 1 år (gebyret fordeles over årene designet selges), ikke {value}</translation>
        </message>
        <message>
            <source>{what} must be at most {most} years, not {value}</source>
            <translation>{what} må være høyst {most} år, ikke {value}</translation>
        </message>
        <message>
            <source>Cost of capital % cannot be negative, not {value}: money tied up in equipment is never free</source>
            <translation>Kapitalkostnad % kan ikke være negativ, ikke {value}: penger bundet i utstyr er aldri gratis</translation>
        </message>
        <message>
            <source>Hours one bench gives a year must be above 0, not {value}: a bench that gives no hours makes nothing</source>
            <translation>Timer én benk gir i året må være over 0, ikke {value}: en benk som ikke gir noen timer, lager ingenting</translation>
        </message>
        <message>
            <source>Base currency: {reason}</source>
            <translation>Basisvaluta: {reason}</translation>
        </message>
        <message>
            <source>{what} must be above -100 %, not {value}</source>
            <translation>{what} må være over -100 %, ikke {value}</translation>
        </message>
    </context>
    <context>
        <name>costing_margin</name>
        <message>
            <source>The wholesale factor must be above 0 and at most 1 (wholesale as a share of retail, e.g. 0.5), not {factor}</source>
            <translation>Engrosfaktoren må være over 0 og høyst 1 (engrospris som andel av utsalgspris, f.eks. 0,5), ikke {factor}</translation>
        </message>
        <message>
            <source>⚠ {design} loses money at {pieces} pieces by every route: cost per piece above its wholesale price of {wholesale} ({routes}).</source>
            <translation>⚠ {design} taper penger ved {pieces} stk. uansett alternativ: kostpris per stykk over engrosprisen på {wholesale} ({routes}).</translation>
        </message>
        <message>
            <source>⚠ {design} loses money at {pieces} pieces by some routes: cost per piece above its wholesale price of {wholesale} ({routes}).</source>
            <translation>⚠ {design} taper penger ved {pieces} stk. med noen alternativer: kostpris per stykk over engrosprisen på {wholesale} ({routes}).</translation>
        </message>
        <message>
            <source>{route} {cost}</source>
            <translation>{route} {cost}</translation>
        </message>
        <message>
            <source>{routes}; {route}</source>
            <translation>{routes}; {route}</translation>
        </message>
    </context>
    <context>
        <name>costing_outsourced</name>
        <message>
            <source>Route “{name}” mixes currencies ({currencies}): compare them as separate routes</source>
            <translation>Alternativet «{name}» blander valutaer ({currencies}): sammenlign dem som egne alternativer</translation>
        </message>
        <message>
            <source>Route “{name}” mixes incoterms ({incoterms}): compare them as separate routes</source>
            <translation>Alternativet «{name}» blander incoterms ({incoterms}): sammenlign dem som egne alternativer</translation>
        </message>
        <message>
            <source>Route “{route}” has no quote for design {design}</source>
            <translation>Alternativet «{route}» har ikke noe tilbud for design {design}</translation>
        </message>
        <message>
            <source>Route “{route}”: the quote given for {design} is for another design</source>
            <translation>Alternativet «{route}»: tilbudet gitt for {design} gjelder et annet design</translation>
        </message>
        <message>
            <source>Quote {quote} expired on {expired}</source>
            <translation>Tilbud {quote} gikk ut {expired}</translation>
        </message>
        <message>
            <source>Quote for {design} expired on {expired}</source>
            <translation>Tilbudet for {design} gikk ut {expired}</translation>
        </message>
        <message>
            <source>Route “{route}”: quotes for {designs} are not in the plan and were left out</source>
            <translation>Alternativet «{route}»: tilbud for {designs} er ikke med i planen og ble utelatt</translation>
        </message>
    </context>
    <context>
        <name>costs</name>
        <message>
            <source>{route}: DDP, the supplier pays duty and import VAT</source>
            <translation>{route}: DDP, leverandøren betaler toll og import-MVA</translation>
        </message>
        <message>
            <source>reclaimed</source>
            <translation>fradragsført</translation>
        </message>
        <message>
            <source>a cost: not VAT-registered</source>
            <translation>en kostnad: ikke MVA-registrert</translation>
        </message>
        <message>
            <source>{route}: {basis} basis ({source}) · customs value {value} incl. assists {assists} · duty {duty} · import VAT {vat}, {vat_is}</source>
            <translation>{route}: {basis}-grunnlag ({source}) · tollverdi {value} inkl. tilskudd {assists} · toll {duty} · import-MVA {vat}, {vat_is}</translation>
        </message>
        <message>
            <source>One-time fees: fee ÷ 1 year, the charge the break-even uses; the cash pays each fee once.</source>
            <translation>Engangsgebyrer: gebyret ÷ 1 år, den kostnaden nullpunktet regner med; kontantstrømmen betaler hvert gebyr én gang.</translation>
        </message>
        <message>
            <source>One-time fees: fee ÷ {years} years a year, the charge the break-even uses; the cash pays each fee once.</source>
            <translation>Engangsgebyrer: gebyret ÷ {years} år, per år, den kostnaden nullpunktet regner med; kontantstrømmen betaler hvert gebyr én gang.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Customs:&lt;/b&gt; {lines}</source>
            <translation>&lt;b&gt;Toll:&lt;/b&gt; {lines}</translation>
        </message>
        <message>
            <source>Rounding</source>
            <translation>Avrunding</translation>
        </message>
        <message>
            <source>The printed total less the sum of its printed terms: each figure is rounded once to the currency's smallest unit.</source>
            <translation>Den viste summen minus summen av de viste leddene: hvert tall rundes av én gang til valutaens minste enhet.</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <source>Cannot read this workspace</source>
            <translation>Kan ikke lese dette arbeidsområdet</translation>
        </message>
        <message>
            <source>“{file}” could not be read; it is damaged.</source>
            <translation>«{file}» kunne ikke leses; den er skadet.</translation>
        </message>
        <message>
            <source>The unfinished action was undone, so nothing half-done was saved. </source>
            <translation>Den uferdige handlingen ble angret, så ingenting halvferdig ble lagret. </translation>
        </message>
        <message>
            <source>Everything saved before this is safe. </source>
            <translation>Alt som ble lagret før dette, er trygt. </translation>
        </message>
        <message>
            <source>jewelbench hit an unexpected problem: {error}</source>
            <translation>jewelbench støtte på et uventet problem: {error}</translation>
        </message>
        <message>
            <source>You can go on working. The details were written to {log_file}; please send them with a bug report.</source>
            <translation>Du kan arbeide videre. Detaljene ble skrevet til {log_file}; send dem gjerne med en feilrapport.</translation>
        </message>
    </context>
    <context>
        <name>currency</name>
        <message>
            <source>“{typed}” is not a currency jewelbench knows: use an ISO 4217 code such as EUR, USD, THB or NOK</source>
            <translation>«{typed}» er ikke en valuta jewelbench kjenner: bruk en ISO 4217-kode som EUR, USD, THB eller NOK</translation>
        </message>
    </context>
    <context>
        <name>customs</name>
        <message>
            <source>an empty country</source>
            <translation>et tomt land</translation>
        </message>
        <message>
            <source>jewelbench does not know whether {country} values imports CIF or FOB: choose the basis for each supplier (Landed Costs ▸ Duty charged on)</source>
            <translation>jewelbench vet ikke om {country} beregner tollverdien av import på CIF eller FOB: velg grunnlaget for hver leverandør (Levert kostpris ▸ Tollgrunnlag)</translation>
        </message>
    </context>
    <context>
        <name>designs</name>
        <message>
            <source>Design code '{code}' must be 1–32 letters, digits, '-', '_' or '.', starting with a letter or digit (for example RG-014)</source>
            <translation>Designkoden '{code}' må være 1–32 bokstaver, sifre, '-', '_' eller '.', og begynne med en bokstav eller et siffer (for eksempel RG-014)</translation>
        </message>
        <message>
            <source>'{category}' is not a design category</source>
            <translation>'{category}' er ikke en designkategori</translation>
        </message>
        <message>
            <source>'{status}' is not a lifecycle status</source>
            <translation>'{status}' er ikke en livsløpsstatus</translation>
        </message>
        <message>
            <source>Change {what} of {code}</source>
            <translation>Endre {what} for {code}</translation>
        </message>
    </context>
    <context>
        <name>dfm</name>
        <message>
            <source>Under the UK Hallmarking Act 1973 an article described as gold, silver, platinum or palladium must carry an assay office hallmark unless it is under the exemption weight: gold 1 g, silver 7.78 g, platinum 0.5 g, palladium 1 g.</source>
            <translation>Etter den britiske Hallmarking Act 1973 skal en gjenstand som selges som gull, sølv, platina eller palladium, ha kontrollstempel fra et assay office, med mindre den veier under unntaksgrensen: gull 1 g, sølv 7,78 g, platina 0,5 g, palladium 1 g.</translation>
        </message>
        <message>
            <source>Under the Irish Hallmarking Acts an article described as gold, silver, platinum or palladium must be hallmarked by the Assay Office at Dublin Castle unless it is under the exemption weight: gold 1 g, silver 7.78 g, platinum 0.5 g, palladium 1 g.</source>
            <translation>Etter de irske Hallmarking Acts skal en gjenstand som selges som gull, sølv, platina eller palladium, kontrollstemples av Assay Office i Dublin Castle, med mindre den veier under unntaksgrensen: gull 1 g, sølv 7,78 g, platina 0,5 g, palladium 1 g.</translation>
        </message>
        <message>
            <source>The UK requires a hallmark on {metal} of {exemption} g or more; this piece has {content}.</source>
            <translation>Storbritannia krever kontrollstempel på {metal} fra {exemption} g og oppover; dette smykket har {content}.</translation>
        </message>
        <message>
            <source>Ireland requires a hallmark on {metal} of {exemption} g or more; this piece has {content}.</source>
            <translation>Irland krever kontrollstempel på {metal} fra {exemption} g og oppover; dette smykket har {content}.</translation>
        </message>
        <message>
            <source>{weight} g of {alloy}</source>
            <translation>{weight} g {alloy}</translation>
        </message>
        <message>
            <source>{weight} g of {metal} ({parts})</source>
            <translation>{weight} g {metal} ({parts})</translation>
        </message>
        <message>
            <source>Under Norway's rules for precious metal articles (forskrift om edelmetallarbeider) a fineness mark states a standard fineness: gold 375, 585, 750, 916 or 999; silver 800, 830, 925 or 999; platinum 850, 900, 950 or 999. An alloy between two standards is marked with the lower one, and one below the lowest may not be sold as that metal. A fineness mark may only be struck together with the maker's responsibility mark (ansvarsmerke), registered with Justervesenet. Palladium is not a precious metal there.</source>
            <translation>Etter forskrift om edelmetallarbeider angir et finhetsmerke en standard finhet: gull 375, 585, 750, 916 eller 999; sølv 800, 830, 925 eller 999; platina 850, 900, 950 eller 999. En legering mellom to standarder merkes med den laveste av dem, og en legering under den laveste kan ikke selges som det metallet. Et finhetsmerke kan bare slås sammen med produsentens ansvarsmerke, registrert hos Justervesenet. Palladium regnes ikke som edelmetall i Norge.</translation>
        </message>
        <message>
            <source>For Norway {alloy} ({fineness}) is marked {standard}, the standard below it; its stamp says {stamp}.</source>
            <translation>I Norge merkes {alloy} ({fineness}) med {standard}, standarden under; stempelet sier {stamp}.</translation>
        </message>
        <message>
            <source>For Norway {alloy} is marked {standard}: a Norwegian fineness mark states thousandths; its stamp says {stamp}.</source>
            <translation>I Norge merkes {alloy} med {standard}: et norsk finhetsmerke angir tusendeler; stempelet sier {stamp}.</translation>
        </message>
        <message>
            <source>{alloy} ({fineness}) is below Norway's lowest standard for {metal} ({lowest}): it may not be marked or sold as {metal} there.</source>
            <translation>{alloy} ({fineness}) er under Norges laveste standard for {metal} ({lowest}): den kan ikke merkes eller selges som {metal} der.</translation>
        </message>
        <message>
            <source>{alloy} is stamped {stamp}, but palladium is not a precious metal in Norway: the piece may not carry a fineness mark for it there.</source>
            <translation>{alloy} er stemplet {stamp}, men palladium er ikke edelmetall i Norge: smykket kan ikke ha finhetsmerke for det der.</translation>
        </message>
        <message>
            <source>The piece is stamped {stamps} for Norway but has no maker's mark to serve as its responsibility mark (ansvarsmerke).</source>
            <translation>Smykket er stemplet {stamps} for Norge, men har ikke noe ansvarsmerke ved siden av finhetsmerket.</translation>
        </message>
        <message>
            <source>The piece is stamped {stamps} but has no maker's mark.</source>
            <translation>Smykket er stemplet {stamps}, men har ikke noe ansvarsmerke.</translation>
        </message>
        <message>
            <source>In the US a quality mark (925, 14K, 585 …) may only be struck together with the maker's registered trademark (National Gold and Silver Stamping Act; FTC Jewelry Guides, 16 CFR Part 23), and a UK or Irish hallmark needs a sponsor's mark as well.</source>
            <translation>I USA kan et kvalitetsstempel (925, 14K, 585 …) bare slås sammen med produsentens registrerte varemerke (National Gold and Silver Stamping Act; FTC Jewelry Guides, 16 CFR Part 23), og et britisk eller irsk kontrollstempel krever i tillegg et ansvarsmerke (sponsor's mark).</translation>
        </message>
        <message>
            <source>The minimum wall thickness is {wall} mm, under {least} mm.</source>
            <translation>Minste veggtykkelse er {wall} mm, under {least} mm.</translation>
        </message>
        <message>
            <source>Walls under 0.8 mm often fail to fill in casting, crack when the piece is polished or sized, and wear through in use.</source>
            <translation>Vegger under 0,8 mm blir ofte ikke fylt ved støping, sprekker når smykket poleres eller endres i størrelse, og slites gjennom ved bruk.</translation>
        </message>
        <message>
            <source>The minimum prong thickness is {prong} mm, under {least} mm.</source>
            <translation>Minste klotykkelse er {prong} mm, under {least} mm.</translation>
        </message>
        <message>
            <source>Prongs under 0.6 mm bend or snap while the stone is set and wear thin in use, so the stone can be lost.</source>
            <translation>Klør under 0,6 mm bøyes eller knekker når steinen fattes, og slites tynne ved bruk, så steinen kan falle ut.</translation>
        </message>
        <message>
            <source>The US FTC Jewelry Guides (16 CFR 23.5) allow "vermeil" only for sterling silver plated with at least 2.5 µm of gold of 10k or finer; anything else must not be sold or described as vermeil.</source>
            <translation>Amerikanske FTC Jewelry Guides (16 CFR 23.5) tillater «vermeil» bare for sterlingsølv med minst 2,5 µm belegg av gull på 10k eller finere; alt annet kan ikke selges eller beskrives som vermeil.</translation>
        </message>
        <message>
            <source>The plating {platings} is called vermeil, but {base}.</source>
            <translation>Belegget {platings} kalles vermeil, men {base}.</translation>
        </message>
        <message>
            <source>the bill of materials lists no metal</source>
            <translation>materiallisten har ikke noe metall</translation>
        </message>
        <message>
            <source>the base metal is {alloys}, not sterling silver</source>
            <translation>grunnmetallet er {alloys}, ikke sterlingsølv</translation>
        </message>
        <message>
            <source>the base metal is not sterling silver</source>
            <translation>grunnmetallet er ikke sterlingsølv</translation>
        </message>
        <message>
            <source>The vermeil plating '{plating}' is {thickness} µm thick</source>
            <translation>Vermeilbelegget «{plating}» er {thickness} µm tykt</translation>
        </message>
        <message>
            <source>{thin}; vermeil needs at least {least} µm.</source>
            <translation>{thin}; vermeil krever minst {least} µm.</translation>
        </message>
        <message>
            <source>'{name}'</source>
            <translation>«{name}»</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <source>jewelbench workspaces (*{suffix});;All files (*)</source>
            <translation>jewelbench-arbeidsområder (*{suffix});;Alle filer (*)</translation>
        </message>
        <message>
            <source>No brand profile yet</source>
            <translation>Ingen merkevareprofil ennå</translation>
        </message>
        <message>
            <source>Set your brand before {what}?</source>
            <translation>Vil du angi merkevaren din før {what}?</translation>
        </message>
        <message>
            <source>Without one, the documents carry no brand name, address or logo. You can go on without it.</source>
            <translation>Uten en merkevareprofil får dokumentene verken merkevarenavn, adresse eller logo. Du kan fortsette uten.</translation>
        </message>
        <message>
            <source>Set &amp;Brand…</source>
            <translation>Angi &amp;merkevare…</translation>
        </message>
        <message>
            <source>C&amp;ontinue Without</source>
            <translation>&amp;Fortsett uten</translation>
        </message>
    </context>
    <context>
        <name>exports</name>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-regneark (*.xlsx)</translation>
        </message>
        <message>
            <source>Quote Template</source>
            <translation>Tilbudsmal</translation>
        </message>
        <message>
            <source>The quote template cannot be written.</source>
            <translation>Tilbudsmalen kan ikke skrives.</translation>
        </message>
        <message>
            <source>Save Quote Template for {supplier}</source>
            <translation>Lagre tilbudsmal for {supplier}</translation>
        </message>
        <message>
            <source>The quote template was not written.</source>
            <translation>Tilbudsmalen ble ikke skrevet.</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>Brand name</source>
            <translation>Merkevarenavn</translation>
        </message>
        <message>
            <source>Brand address</source>
            <translation>Merkevarens adresse</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volum</translation>
        </message>
        <message>
            <source>Life of the one-time fees</source>
            <translation>Levetid for engangsgebyrene</translation>
        </message>
        <message>
            <source>Error rate %</source>
            <translation>Feilandel %</translation>
        </message>
        <message>
            <source>Benches</source>
            <translation>Benker</translation>
        </message>
        <message>
            <source>Plan name</source>
            <translation>Plannavn</translation>
        </message>
        <message>
            <source>Import duty %</source>
            <translation>Toll %</translation>
        </message>
        <message>
            <source>Insurance %</source>
            <translation>Forsikring %</translation>
        </message>
        <message>
            <source>International freight per shipment</source>
            <translation>Internasjonal frakt per forsendelse</translation>
        </message>
        <message>
            <source>International freight per piece</source>
            <translation>Internasjonal frakt per stykk</translation>
        </message>
        <message>
            <source>Inland freight per shipment</source>
            <translation>Innenlands frakt per forsendelse</translation>
        </message>
        <message>
            <source>Inland freight per piece</source>
            <translation>Innenlands frakt per stykk</translation>
        </message>
        <message>
            <source>Inspection per shipment</source>
            <translation>Inspeksjon per forsendelse</translation>
        </message>
        <message>
            <source>Inspection per piece</source>
            <translation>Inspeksjon per stykk</translation>
        </message>
        <message>
            <source>FX risk buffer %</source>
            <translation>Valutabuffer %</translation>
        </message>
        <message>
            <source>Defect allowance %</source>
            <translation>Kassasjonsandel %</translation>
        </message>
        <message>
            <source>Supplier's metal loss %</source>
            <translation>Leverandørens metalltap %</translation>
        </message>
        <message>
            <source>Shipments per year</source>
            <translation>Forsendelser i året</translation>
        </message>
        <message>
            <source>Import VAT %</source>
            <translation>Import-MVA %</translation>
        </message>
        <message>
            <source>Route name</source>
            <translation>Navn på alternativet</translation>
        </message>
        <message>
            <source>Cost of capital %</source>
            <translation>Kapitalkostnad %</translation>
        </message>
        <message>
            <source>Hours one bench gives a year</source>
            <translation>Timer én benk gir i året</translation>
        </message>
        <message>
            <source>Recoverable share %</source>
            <translation>Gjenvinnbar andel %</translation>
        </message>
        <message>
            <source>Refining charge %</source>
            <translation>Raffineringsgebyr %</translation>
        </message>
        <message>
            <source>In-house FX risk buffer %</source>
            <translation>Valutabuffer for egenproduksjon %</translation>
        </message>
        <message>
            <source>Metal price change %</source>
            <translation>Endring i metallpris %</translation>
        </message>
        <message>
            <source>FX change %</source>
            <translation>Valutaendring %</translation>
        </message>
        <message>
            <source>Wholesale factor</source>
            <translation>Engrosfaktor</translation>
        </message>
        <message>
            <source>Alloy</source>
            <translation>Legering</translation>
        </message>
        <message>
            <source>Finished weight (g)</source>
            <translation>Ferdig vekt (g)</translation>
        </message>
        <message>
            <source>Stone type</source>
            <translation>Steintype</translation>
        </message>
        <message>
            <source>Stone shape</source>
            <translation>Steinform</translation>
        </message>
        <message>
            <source>Stone quantity</source>
            <translation>Antall steiner</translation>
        </message>
        <message>
            <source>Stone unit cost</source>
            <translation>Stykkpris for stein</translation>
        </message>
        <message>
            <source>Stone size (mm)</source>
            <translation>Steinstørrelse (mm)</translation>
        </message>
        <message>
            <source>Stone weight (ct)</source>
            <translation>Steinvekt (ct)</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Komponent</translation>
        </message>
        <message>
            <source>Finding quantity</source>
            <translation>Antall komponenter</translation>
        </message>
        <message>
            <source>Finding unit cost</source>
            <translation>Stykkpris for komponent</translation>
        </message>
        <message>
            <source>Chain length (mm)</source>
            <translation>Kjedelengde (mm)</translation>
        </message>
        <message>
            <source>Plating</source>
            <translation>Belegg</translation>
        </message>
        <message>
            <source>Plating thickness (µm)</source>
            <translation>Beleggtykkelse (µm)</translation>
        </message>
        <message>
            <source>Plating cost per piece</source>
            <translation>Beleggkostnad per stykk</translation>
        </message>
        <message>
            <source>Plated area (cm²)</source>
            <translation>Belagt areal (cm²)</translation>
        </message>
        <message>
            <source>Packaging</source>
            <translation>Emballasje</translation>
        </message>
        <message>
            <source>Packaging quantity</source>
            <translation>Antall emballasje</translation>
        </message>
        <message>
            <source>Packaging unit cost</source>
            <translation>Stykkpris for emballasje</translation>
        </message>
        <message>
            <source>Design name</source>
            <translation>Designnavn</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Kolleksjon</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>Target retail price</source>
            <translation>Veiledende utsalgspris</translation>
        </message>
        <message>
            <source>Wholesale price</source>
            <translation>Engrospris</translation>
        </message>
        <message>
            <source>Metal price</source>
            <translation>Metallpris</translation>
        </message>
        <message>
            <source>FX rate</source>
            <translation>Valutakurs</translation>
        </message>
        <message>
            <source>Tier quantity</source>
            <translation>Antall i pristrinnet</translation>
        </message>
        <message>
            <source>Tier unit price</source>
            <translation>Stykkpris i pristrinnet</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Gebyr</translation>
        </message>
        <message>
            <source>MOQ</source>
            <translation>Minste bestillingsmengde (MOQ)</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referanse</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notater</translation>
        </message>
        <message>
            <source>Minimum order value</source>
            <translation>Minste ordreverdi</translation>
        </message>
        <message>
            <source>Deposit %</source>
            <translation>Forskudd %</translation>
        </message>
        <message>
            <source>Freight per shipment</source>
            <translation>Frakt per forsendelse</translation>
        </message>
        <message>
            <source>Freight per piece</source>
            <translation>Frakt per stykk</translation>
        </message>
        <message>
            <source>Metal price basis</source>
            <translation>Metallprisgrunnlag</translation>
        </message>
        <message>
            <source>Sample lead time</source>
            <translation>Leveringstid for vareprøve</translation>
        </message>
        <message>
            <source>Production lead time</source>
            <translation>Leveringstid for produksjon</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Tolerance</source>
            <translation>Toleranse</translation>
        </message>
        <message>
            <source>{dimension} nominal</source>
            <translation>{dimension} nominelt</translation>
        </message>
        <message>
            <source>{dimension} measured</source>
            <translation>{dimension} målt</translation>
        </message>
        <message>
            <source>Dimension name</source>
            <translation>Navn på mål</translation>
        </message>
        <message>
            <source>Nominal '{dimension}' (mm)</source>
            <translation>Nominelt '{dimension}' (mm)</translation>
        </message>
        <message>
            <source>Tolerance of '{dimension}' (± mm)</source>
            <translation>Toleranse for '{dimension}' (± mm)</translation>
        </message>
        <message>
            <source>Round number</source>
            <translation>Rundenummer</translation>
        </message>
        <message>
            <source>Accepted deviations</source>
            <translation>Godkjente avvik</translation>
        </message>
        <message>
            <source>Reason for the deviations</source>
            <translation>Grunn for avvikene</translation>
        </message>
        <message>
            <source>Measured weight (g)</source>
            <translation>Målt vekt (g)</translation>
        </message>
        <message>
            <source>DFM feedback</source>
            <translation>DFM-tilbakemelding</translation>
        </message>
        <message>
            <source>Weight tolerance (± g)</source>
            <translation>Vekttoleranse (± g)</translation>
        </message>
        <message>
            <source>“{name}”</source>
            <translation>«{name}»</translation>
        </message>
        <message>
            <source>this row</source>
            <translation>denne raden</translation>
        </message>
        <message>
            <source>Cost of {name}</source>
            <translation>Kostnad for {name}</translation>
        </message>
        <message>
            <source>Useful life of {name}</source>
            <translation>Levetid for {name}</translation>
        </message>
        <message>
            <source>Salvage value of {name}</source>
            <translation>Restverdi for {name}</translation>
        </message>
        <message>
            <source>Monthly cost of {name}</source>
            <translation>Månedlig kostnad for {name}</translation>
        </message>
        <message>
            <source>Monthly salary of {name}</source>
            <translation>Månedslønn for {name}</translation>
        </message>
        <message>
            <source>Headcount of {name}</source>
            <translation>Antall ansatte for {name}</translation>
        </message>
        <message>
            <source>Hours per month of {name}</source>
            <translation>Timer per måned for {name}</translation>
        </message>
        <message>
            <source>Minutes per piece of {name}</source>
            <translation>Minutter per stykk for {name}</translation>
        </message>
        <message>
            <source>Equipment name</source>
            <translation>Navn på utstyr</translation>
        </message>
        <message>
            <source>Overhead name</source>
            <translation>Navn på fast kostnad</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Operasjon</translation>
        </message>
        <message>
            <source>Scenario name</source>
            <translation>Scenarionavn</translation>
        </message>
        <message>
            <source>Loaded hourly rate</source>
            <translation>Timesats med påslag</translation>
        </message>
        <message>
            <source>Casting loss %</source>
            <translation>Støpesvinn %</translation>
        </message>
        <message>
            <source>Small-buyer premium %</source>
            <translation>Tillegg for små kjøpere %</translation>
        </message>
        <message>
            <source>Stone breakage %</source>
            <translation>Steinbrudd %</translation>
        </message>
        <message>
            <source>Consumables per piece</source>
            <translation>Forbruksmateriell per stykk</translation>
        </message>
        <message>
            <source>Contact name</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Certification</source>
            <translation>Sertifisering</translation>
        </message>
        <message>
            <source>Certificate reference</source>
            <translation>Sertifikatreferanse</translation>
        </message>
        <message>
            <source>Due-diligence notes</source>
            <translation>Notater om leverandørkontroll</translation>
        </message>
        <message>
            <source>Supplier name</source>
            <translation>Leverandørnavn</translation>
        </message>
        <message>
            <source>Plan notes</source>
            <translation>Notater til planen</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>et tall</translation>
        </message>
    </context>
    <context>
        <name>image_decoding</name>
        <message>
            <source>the image is damaged ({error})</source>
            <translation>bildet er skadet ({error})</translation>
        </message>
        <message>
            <source>the file is larger than {most} MB</source>
            <translation>filen er større enn {most} MB</translation>
        </message>
        <message>
            <source>the progressive JPEG image is too large to take in ({width} × {height} pixels; libjpeg holds a progressive JPEG whole, so these are taken in up to about {most} megapixels: save it as a standard JPEG or as PNG)</source>
            <translation>det progressive JPEG-bildet er for stort til å tas inn ({width} × {height} piksler; libjpeg holder et progressivt JPEG-bilde helt i minnet, så slike tas inn opptil omtrent {most} megapiksler: lagre det som vanlig JPEG eller som PNG)</translation>
        </message>
        <message>
            <source>the {format} image cannot be read ({reason})</source>
            <translation>{format}-bildet kan ikke leses ({reason})</translation>
        </message>
        <message>
            <source>the image is too large ({width} × {height} pixels; at most {most} megapixels are taken in)</source>
            <translation>bildet er for stort ({width} × {height} piksler; høyst {most} megapiksler tas inn)</translation>
        </message>
        <message>
            <source>the {format} image is too large to take in ({width} × {height} pixels; {format} images like it are taken in up to {most} megapixels: save it at a smaller size)</source>
            <translation>{format}-bildet er for stort til å tas inn ({width} × {height} piksler; slike {format}-bilder tas inn opptil {most} megapiksler: lagre det i mindre størrelse)</translation>
        </message>
        <message>
            <source>the {format} image is too large to take in ({width} × {height} pixels; {format} images are taken in up to {most} megapixels: save it as PNG or JPEG)</source>
            <translation>{format}-bildet er for stort til å tas inn ({width} × {height} piksler; {format}-bilder tas inn opptil {most} megapiksler: lagre det som PNG eller JPEG)</translation>
        </message>
    </context>
    <context>
        <name>image_formats</name>
        <message>
            <source>Images ({patterns})</source>
            <translation>Bilder ({patterns})</translation>
        </message>
        <message>
            <source>jewelbench takes {formats} images</source>
            <translation>jewelbench tar inn {formats}-bilder</translation>
        </message>
        <message>
            <source>it is {what}, not an image format jewelbench takes ({formats})</source>
            <translation>det er {what}, ikke et bildeformat jewelbench tar inn ({formats})</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>filen er tom</translation>
        </message>
        <message>
            <source>a TIFF image</source>
            <translation>et TIFF-bilde</translation>
        </message>
        <message>
            <source>an ICO icon</source>
            <translation>et ICO-ikon</translation>
        </message>
        <message>
            <source>a CUR cursor</source>
            <translation>en CUR-markør</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>et PDF-dokument</translation>
        </message>
        <message>
            <source>an ICNS icon</source>
            <translation>et ICNS-ikon</translation>
        </message>
        <message>
            <source>a Photoshop document</source>
            <translation>et Photoshop-dokument</translation>
        </message>
        <message>
            <source>an AVIF image</source>
            <translation>et AVIF-bilde</translation>
        </message>
        <message>
            <source>a HEIC photo</source>
            <translation>et HEIC-foto</translation>
        </message>
        <message>
            <source>a video or other media file</source>
            <translation>en video eller annen mediefil</translation>
        </message>
        <message>
            <source>a JPEG 2000 image</source>
            <translation>et JPEG 2000-bilde</translation>
        </message>
        <message>
            <source>a gzip-compressed file (a compressed SVG drawing?)</source>
            <translation>en gzip-komprimert fil (en komprimert SVG-tegning?)</translation>
        </message>
        <message>
            <source>a ZIP archive</source>
            <translation>et ZIP-arkiv</translation>
        </message>
        <message>
            <source>a damaged BMP image</source>
            <translation>et skadet BMP-bilde</translation>
        </message>
        <message>
            <source>a RIFF file that is not WebP</source>
            <translation>en RIFF-fil som ikke er WebP</translation>
        </message>
        <message>
            <source>a damaged PNG or JPEG image</source>
            <translation>et skadet PNG- eller JPEG-bilde</translation>
        </message>
        <message>
            <source>a PBM/PGM/PPM image</source>
            <translation>et PBM/PGM/PPM-bilde</translation>
        </message>
        <message>
            <source>an XPM image</source>
            <translation>et XPM-bilde</translation>
        </message>
        <message>
            <source>an XBM image</source>
            <translation>et XBM-bilde</translation>
        </message>
        <message>
            <source>an SVG drawing</source>
            <translation>en SVG-tegning</translation>
        </message>
        <message>
            <source>an XML or HTML document</source>
            <translation>et XML- eller HTML-dokument</translation>
        </message>
        <message>
            <source>a text file</source>
            <translation>en tekstfil</translation>
        </message>
        <message>
            <source>not an image (its content matches no image format)</source>
            <translation>ikke et bilde (innholdet passer ikke med noe bildeformat)</translation>
        </message>
        <message>
            <source>the {format} file is cut short or damaged (it ends before the image does)</source>
            <translation>{format}-filen er avkortet eller skadet (den slutter før bildet gjør det)</translation>
        </message>
        <message>
            <source>the PNG file is damaged (a checksum does not match)</source>
            <translation>PNG-filen er skadet (en kontrollsum stemmer ikke)</translation>
        </message>
        <message>
            <source>the PNG file is cut short (it ends before the image does)</source>
            <translation>PNG-filen er avkortet (den slutter før bildet gjør det)</translation>
        </message>
        <message>
            <source>the PNG file holds far more image data than its size ({width} × {height}) needs: damaged, or made to stall the programs that show it</source>
            <translation>PNG-filen inneholder langt mer bildedata enn størrelsen ({width} × {height}) trenger: skadet, eller laget for å stanse programmene som viser den</translation>
        </message>
        <message>
            <source>the JPEG file has more than {most} scans (a photo has a few, a progressive one a dozen or so): damaged, or made to stall the programs that show it</source>
            <translation>JPEG-filen har mer enn {most} skanninger (et foto har noen få, et progressivt et dusin eller så): skadet, eller laget for å stanse programmene som viser den</translation>
        </message>
    </context>
    <context>
        <name>imaging</name>
        <message>
            <source>it is not a file (a folder, a named pipe or a device)</source>
            <translation>det er ikke en fil (men en mappe, en navngitt pipe eller en enhet)</translation>
        </message>
        <message>
            <source>the file is larger than {most} MB</source>
            <translation>filen er større enn {most} MB</translation>
        </message>
        <message>
            <source>“{file}” was {original_width} × {original_height} pixels: it is stored scaled down to {width} × {height}.</source>
            <translation>«{file}» var {original_width} × {original_height} piksler: det lagres nedskalert til {width} × {height}.</translation>
        </message>
    </context>
    <context>
        <name>inputs</name>
        <message>
            <source>That is too long for a number. Enter {describe}.</source>
            <translation>Det er for langt til å være et tall. Skriv {describe}.</translation>
        </message>
        <message>
            <source>“{cleaned}” is not a number. Enter {describe}.</source>
            <translation>«{cleaned}» er ikke et tall. Skriv {describe}.</translation>
        </message>
        <message>
            <source>Enter {describe}.</source>
            <translation>Skriv {describe}.</translation>
        </message>
        <message>
            <source>Zero is not allowed here. Enter {describe}.</source>
            <translation>Null er ikke tillatt her. Skriv {describe}.</translation>
        </message>
        <message>
            <source>{cleaned} is too small. Enter {describe}.</source>
            <translation>{cleaned} er for lite. Skriv {describe}.</translation>
        </message>
        <message>
            <source>{cleaned} is too large. Enter {describe}.</source>
            <translation>{cleaned} er for stort. Skriv {describe}.</translation>
        </message>
        <message>
            <source>{cleaned} has too many decimal places. Enter {describe}.</source>
            <translation>{cleaned} har for mange desimaler. Skriv {describe}.</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>et tall</translation>
        </message>
        <message>
            <source>a number {unit}</source>
            <translation>et tall i {unit}</translation>
        </message>
        <message>
            <source>above 0</source>
            <translation>over 0</translation>
        </message>
        <message>
            <source>at least {minimum}</source>
            <translation>minst {minimum}</translation>
        </message>
        <message>
            <source>at most {maximum}</source>
            <translation>høyst {maximum}</translation>
        </message>
        <message>
            <source>{number}, {low} and {high}</source>
            <translation>{number}, {low} og {high}</translation>
        </message>
        <message>
            <source>{number}, {bound}</source>
            <translation>{number}, {bound}</translation>
        </message>
        <message>
            <source>{number}, with up to {places} decimal places</source>
            <translation>{number}, med opptil {places} desimaler</translation>
        </message>
        <message>
            <source>{number}, whole</source>
            <translation>{number}, helt</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Ring</source>
            <translation>Ring</translation>
        </message>
        <message>
            <source>Pendant</source>
            <translation>Anheng</translation>
        </message>
        <message>
            <source>Earrings</source>
            <translation>Øredobber</translation>
        </message>
        <message>
            <source>Bracelet</source>
            <translation>Armbånd</translation>
        </message>
        <message>
            <source>Necklace</source>
            <translation>Halskjede</translation>
        </message>
        <message>
            <source>Brooch</source>
            <translation>Brosje</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Annet</translation>
        </message>
        <message>
            <source>Idea</source>
            <translation>Idé</translation>
        </message>
        <message>
            <source>Development</source>
            <translation>Utvikling</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>Prøvefase</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Godkjent</translation>
        </message>
        <message>
            <source>Production</source>
            <translation>Produksjon</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Utgått</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>Forespurt</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Mottatt</translation>
        </message>
        <message>
            <source>Approved with changes</source>
            <translation>Godkjent med endringer</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Avvist</translation>
        </message>
        <message>
            <source>3D printing</source>
            <translation>3D-printing</translation>
        </message>
        <message>
            <source>Casting</source>
            <translation>Støping</translation>
        </message>
        <message>
            <source>Stone setting</source>
            <translation>Innfatning</translation>
        </message>
        <message>
            <source>Laser welding</source>
            <translation>Lasersveising</translation>
        </message>
        <message>
            <source>Plating</source>
            <translation>Plettering</translation>
        </message>
        <message>
            <source>Engraving</source>
            <translation>Gravering</translation>
        </message>
        <message>
            <source>Enamelling</source>
            <translation>Emaljering</translation>
        </message>
        <message>
            <source>Chain making</source>
            <translation>Kjedeproduksjon</translation>
        </message>
        <message>
            <source>Electroforming</source>
            <translation>Elektroforming</translation>
        </message>
        <message>
            <source>CAD design</source>
            <translation>CAD-design</translation>
        </message>
        <message>
            <source>natural</source>
            <translation>naturlig</translation>
        </message>
        <message>
            <source>lab-grown</source>
            <translation>laboratoriedyrket</translation>
        </message>
        <message>
            <source>simulant</source>
            <translation>imitasjon</translation>
        </message>
        <message>
            <source>Gold</source>
            <translation>Gull</translation>
        </message>
        <message>
            <source>Silver</source>
            <translation>Sølv</translation>
        </message>
        <message>
            <source>Platinum</source>
            <translation>Platina</translation>
        </message>
        <message>
            <source>Palladium</source>
            <translation>Palladium</translation>
        </message>
    </context>
    <context>
        <name>lists</name>
        <message>
            <source>{items} and {last}</source>
            <translation>{items} og {last}</translation>
        </message>
    </context>
    <context>
        <name>locale_forms</name>
        <message>
            <source>Enter {what}, such as {example}.</source>
            <translation>Skriv inn {what}, for eksempel {example}.</translation>
        </message>
        <message>
            <source>“{typed}” is not a number: write {what} such as {example}.</source>
            <translation>«{typed}» er ikke et tall: skriv {what}, for eksempel {example}.</translation>
        </message>
        <message>
            <source>“{typed}” is written in another region's form: write {example}.</source>
            <translation>«{typed}» er skrevet slik tall skrives i et annet land: skriv {example}.</translation>
        </message>
        <message>
            <source>“{typed}” can be read two ways: write {grouped} or {decimal}.</source>
            <translation>«{typed}» kan leses på to måter: skriv {grouped} eller {decimal}.</translation>
        </message>
    </context>
    <context>
        <name>metals</name>
        <message>
            <source>gold</source>
            <translation>gull</translation>
        </message>
        <message>
            <source>silver</source>
            <translation>sølv</translation>
        </message>
        <message>
            <source>platinum</source>
            <translation>platina</translation>
        </message>
        <message>
            <source>palladium</source>
            <translation>palladium</translation>
        </message>
    </context>
    <context>
        <name>photo_intake</name>
        <message>
            <source>it cannot be read ({reason})</source>
            <translation>den kan ikke leses ({reason})</translation>
        </message>
        <message>
            <source>there is not enough memory to read it</source>
            <translation>det er ikke nok minne til å lese den</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Stop taking these files in: none of them is added</source>
            <translation>Slutt å ta inn disse filene: ingen av dem legges til</translation>
        </message>
        <message>
            <source>Taking in photos</source>
            <translation>Tar inn bilder</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Avbryter…</translation>
        </message>
        <message>
            <source>Taking in “{name}” ({number} of {total})…</source>
            <translation>Tar inn «{name}» ({number} av {total})…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was added.</source>
            <translation>Avbrutt: ingenting ble lagt til.</translation>
        </message>
    </context>
    <context>
        <name>png_strips</name>
        <message>
            <source>the PNG file is damaged (no header)</source>
            <translation>PNG-filen er skadet (ingen filhode)</translation>
        </message>
        <message>
            <source>the PNG file is damaged (an empty image)</source>
            <translation>PNG-filen er skadet (et tomt bilde)</translation>
        </message>
        <message>
            <source>the PNG file is damaged (its compressed data cannot be read)</source>
            <translation>PNG-filen er skadet (de komprimerte dataene kan ikke leses)</translation>
        </message>
        <message>
            <source>the PNG file is cut short (its rows end before the image does)</source>
            <translation>PNG-filen er avkortet (radene slutter før bildet gjør det)</translation>
        </message>
        <message>
            <source>the PNG file is damaged (its rows cannot be read)</source>
            <translation>PNG-filen er skadet (radene kan ikke leses)</translation>
        </message>
        <message>
            <source>the PNG file's palette cannot be read</source>
            <translation>PNG-filens palett kan ikke leses</translation>
        </message>
    </context>
    <context>
        <name>prices</name>
        <message>
            <source>'{metal}' is not a metal with a market price ({priced_metals})</source>
            <translation>'{metal}' er ikke et metall med markedspris ({priced_metals})</translation>
        </message>
        <message>
            <source>Metal price must be above zero</source>
            <translation>Metallprisen må være over null</translation>
        </message>
        <message>
            <source>An FX rate needs two different currencies</source>
            <translation>En valutakurs trenger to ulike valutaer</translation>
        </message>
        <message>
            <source>Enter Prices…</source>
            <translation>Legg inn priser…</translation>
        </message>
        <message>
            <source>Open Update Prices… with the missing metal price or exchange rate and its date filled in</source>
            <translation>Åpne Oppdater priser… med den manglende metallprisen eller valutakursen og datoen fylt inn</translation>
        </message>
    </context>
    <context>
        <name>quote_comparison</name>
        <message>
            <source>quoted in {currency}: nothing to convert</source>
            <translation>tilbudt i {currency}: ingenting å omregne</translation>
        </message>
        <message>
            <source>1 {currency} = {rate} {base} (rate of {date})</source>
            <translation>1 {currency} = {rate} {base} (kurs fra {date})</translation>
        </message>
        <message>
            <source>1 {currency} = {rate} {base} (rate of {date}; {note})</source>
            <translation>1 {currency} = {rate} {base} (kurs fra {date}; {note})</translation>
        </message>
        <message>
            <source>No {currency}→{base} exchange rate on or before the quote date {date}: enter one (Costs ▸ Update Prices…) to compare this quote</source>
            <translation>Ingen valutakurs {currency}→{base} på eller før tilbudsdatoen {date}: legg inn en (Kostnader ▸ Oppdater priser…) for å sammenligne dette tilbudet</translation>
        </message>
        <message>
            <source>No {currency}→{base} exchange rate on or before the quote date {date}; the first one is dated {first}, after the quote: enter one (Costs ▸ Update Prices…) to compare this quote</source>
            <translation>Ingen valutakurs {currency}→{base} på eller før tilbudsdatoen {date}; den første er datert {first}, etter tilbudet: legg inn en (Kostnader ▸ Oppdater priser…) for å sammenligne dette tilbudet</translation>
        </message>
        <message>
            <source>supplier #{number}</source>
            <translation>leverandør nr. {number}</translation>
        </message>
        <message>
            <source>A quantity to compare must be at least 1, not {quantity}</source>
            <translation>Et antall å sammenligne må være minst 1, ikke {quantity}</translation>
        </message>
        <message>
            <source>Type the quantities to compare, such as 50, 100, 300, 1000</source>
            <translation>Skriv antallene som skal sammenlignes, for eksempel 50, 100, 300, 1000</translation>
        </message>
        <message>
            <source>“{text}” is not a number of pieces: type whole numbers separated by commas, such as 50, 100, 300, 1000</source>
            <translation>«{text}» er ikke et antall stykk: skriv hele tall skilt med komma, for eksempel 50, 100, 300, 1000</translation>
        </message>
        <message>
            <source>{text} pieces cannot be compared: each quantity must be between 1 and {most}</source>
            <translation>{text} stk. kan ikke sammenlignes: hvert antall må være mellom 1 og {most}</translation>
        </message>
        <message>
            <source>Compare at most {most} quantities at a time, not {count}</source>
            <translation>Sammenlign høyst {most} antall om gangen, ikke {count}</translation>
        </message>
    </context>
    <context>
        <name>quotes</name>
        <message>
            <source>'{kind}' is not a kind of development fee ({values})</source>
            <translation>'{kind}' er ikke en type utviklingsgebyr ({values})</translation>
        </message>
        <message>
            <source>A quote needs at least one price tier (minimum quantity → price)</source>
            <translation>Et tilbud trenger minst ett pristrinn (minste antall → pris)</translation>
        </message>
        <message>
            <source>Two price tiers have the same minimum quantity ({repeated}): give each tier its own quantity, or remove one</source>
            <translation>To pristrinn har samme minste antall ({repeated}): gi hvert pristrinn sitt eget antall, eller fjern ett</translation>
        </message>
        <message>
            <source>Price tiers must be in order of rising minimum quantity: the tier from {after} comes after the one from {before}</source>
            <translation>Pristrinnene må stå etter stigende minste antall: trinnet fra {after} kommer etter trinnet fra {before}</translation>
        </message>
        <message>
            <source>The MOQ ({moq}) is above every price tier (the highest starts at {quantities}): lower the MOQ or add a tier from {moq}</source>
            <translation>Minste bestillingsmengde ({moq}) er over alle pristrinn (det høyeste begynner ved {quantities}): senk minste bestillingsmengde eller legg til et trinn fra {moq}</translation>
        </message>
        <message>
            <source>The quote's validity ends before its date: valid until {valid_until} is before the quote date {quoted_on}</source>
            <translation>Tilbudet slutter å gjelde før datoen det ble gitt: gyldig til {valid_until} er før tilbudsdatoen {quoted_on}</translation>
        </message>
        <message>
            <source>A making-charge quote must state the metal price it assumes</source>
            <translation>Et tilbud på arbeidspris må oppgi metallprisen det forutsetter</translation>
        </message>
        <message>
            <source>CAD</source>
            <translation>CAD</translation>
        </message>
        <message>
            <source>wax/mould</source>
            <translation>voks/gummiform</translation>
        </message>
        <message>
            <source>tooling</source>
            <translation>verktøy</translation>
        </message>
        <message>
            <source>sample</source>
            <translation>vareprøve</translation>
        </message>
        <message>
            <source>1 piece</source>
            <translation>1 stk.</translation>
        </message>
        <message>
            <source>{count} pieces</source>
            <translation>{count} stk.</translation>
        </message>
        <message>
            <source>{refusal} (the tier from {pieces})</source>
            <translation>{refusal} (pristrinnet fra {pieces})</translation>
        </message>
        <message>
            <source>{refusal} (the {fee} fee)</source>
            <translation>{refusal} (gebyret for {fee})</translation>
        </message>
        <message>
            <source>Best in this row.</source>
            <translation>Best i denne raden.</translation>
        </message>
        <message>
            <source>best in this row</source>
            <translation>best i denne raden</translation>
        </message>
        <message>
            <source>Wax / mould</source>
            <translation>Voks / gummiform</translation>
        </message>
        <message>
            <source>Tooling</source>
            <translation>Verktøy</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>Vareprøve</translation>
        </message>
        <message>
            <source>All-in unit price</source>
            <translation>Enhetspris alt inkludert</translation>
        </message>
        <message>
            <source>Making charge + metal</source>
            <translation>Arbeidspris + metall</translation>
        </message>
        <message>
            <source>EXW — ex works: you collect from the factory</source>
            <translation>EXW — ex works: du henter hos fabrikken</translation>
        </message>
        <message>
            <source>FOB — free on board at the origin port</source>
            <translation>FOB — free on board i avgangshavnen</translation>
        </message>
        <message>
            <source>CIF — cost, insurance, freight to your port</source>
            <translation>CIF — cost, insurance, freight: frem til din havn</translation>
        </message>
        <message>
            <source>DDP — delivered, duty paid, to your door</source>
            <translation>DDP — delivered duty paid: helt frem til døren, toll betalt</translation>
        </message>
        <message>
            <source>Price per piece at {quantity}</source>
            <translation>Pris per stykk ved {quantity}</translation>
        </message>
        <message>
            <source>Development (one-time)</source>
            <translation>Utvikling (engangs)</translation>
        </message>
        <message>
            <source>… refunded on order</source>
            <translation>… refunderes ved bestilling</translation>
        </message>
        <message>
            <source>Deposit</source>
            <translation>Forskudd</translation>
        </message>
        <message>
            <source>Sample lead time</source>
            <translation>Leveringstid for vareprøve</translation>
        </message>
        <message>
            <source>Production lead time</source>
            <translation>Leveringstid for produksjon</translation>
        </message>
        <message>
            <source>MOQ</source>
            <translation>MOQ</translation>
        </message>
        <message>
            <source>Minimum order value</source>
            <translation>Minste ordreverdi</translation>
        </message>
        <message>
            <source>Incoterm</source>
            <translation>Incoterm</translation>
        </message>
        <message>
            <source>Freight per shipment</source>
            <translation>Frakt per sending</translation>
        </message>
        <message>
            <source>Freight per piece</source>
            <translation>Frakt per stykk</translation>
        </message>
        <message>
            <source>Supplier score</source>
            <translation>Leverandørpoeng</translation>
        </message>
        <message>
            <source>What each of {quantity} pieces costs: the tier that quantity reaches; below the MOQ you are billed for the MOQ, spread over the pieces you need.</source>
            <translation>Hva hvert av {quantity} stykk koster: pristrinnet det antallet når; under MOQ faktureres du for MOQ, fordelt på stykkene du trenger.</translation>
        </message>
        <message>
            <source>CAD, wax/mould or tooling and sample fees, kept apart from the unit price.</source>
            <translation>Gebyrer for CAD, voks/gummiform eller verktøy og vareprøver, holdt utenfor enhetsprisen.</translation>
        </message>
        <message>
            <source>The part of the development fees refunded when production is ordered.</source>
            <translation>Den delen av utviklingsgebyrene som refunderes når produksjonen bestilles.</translation>
        </message>
        <message>
            <source>Paid with the order, before production.</source>
            <translation>Betales ved bestilling, før produksjonen.</translation>
        </message>
        <message>
            <source>From the supplier's history: sample approvals, rounds, lead times kept.</source>
            <translation>Fra leverandørens historikk: godkjente vareprøver, prøverunder, overholdte leveringstider.</translation>
        </message>
    </context>
    <context>
        <name>refusal</name>
        <message>
            <source>Your change is still in the form.</source>
            <translation>Endringen din står fortsatt i skjemaet.</translation>
        </message>
        <message>
            <source>Close this window and carry on in the other one.</source>
            <translation>Lukk dette vinduet og fortsett i det andre.</translation>
        </message>
    </context>
    <context>
        <name>rfq_letter</name>
        <message>
            <source>CAD / 3D model</source>
            <translation>CAD / 3D-modell</translation>
        </message>
        <message>
            <source>modelling from the tech pack</source>
            <translation>modellering etter tech packen</translation>
        </message>
        <message>
            <source>Wax or rubber mould</source>
            <translation>Voks eller gummiform</translation>
        </message>
        <message>
            <source>master model and moulds</source>
            <translation>mastermodell og gummiformer</translation>
        </message>
        <message>
            <source>Tooling</source>
            <translation>Verktøy</translation>
        </message>
        <message>
            <source>dies, stamps, fixtures</source>
            <translation>stanser, stempler, fiksturer</translation>
        </message>
        <message>
            <source>Sample fee</source>
            <translation>Vareprøvegebyr</translation>
        </message>
        <message>
            <source>per sample round</source>
            <translation>per prøverunde</translation>
        </message>
        <message>
            <source>EXW: name the pick-up address</source>
            <translation>EXW: oppgi hentested</translation>
        </message>
        <message>
            <source>FOB: name the port of loading</source>
            <translation>FOB: oppgi lastehavn</translation>
        </message>
        <message>
            <source>CIF: to our port of destination</source>
            <translation>CIF: til vår bestemmelseshavn</translation>
        </message>
        <message>
            <source>DDP: to our address, duties paid</source>
            <translation>DDP: til vår adresse, fortollet</translation>
        </message>
        <message>
            <source>MOQ</source>
            <translation>MOQ</translation>
        </message>
        <message>
            <source>Per style, and minimum order value</source>
            <translation>Per modell, og minste ordreverdi</translation>
        </message>
        <message>
            <source>Metal</source>
            <translation>Metall</translation>
        </message>
        <message>
            <source>All-in, or making + metal at a stated price</source>
            <translation>Alt inkludert, eller arbeidspris + metall til oppgitt pris</translation>
        </message>
        <message>
            <source>Sample lead time</source>
            <translation>Leveringstid for vareprøve</translation>
        </message>
        <message>
            <source>Days from order to sample shipped</source>
            <translation>Dager fra bestilling til vareprøven sendes</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Betaling</translation>
        </message>
        <message>
            <source>Deposit % and balance terms</source>
            <translation>Forskudd i % og vilkår for resten</translation>
        </message>
        <message>
            <source>Freight</source>
            <translation>Frakt</translation>
        </message>
        <message>
            <source>Per shipment or per piece</source>
            <translation>Per forsendelse eller per stykk</translation>
        </message>
        <message>
            <source>Validity</source>
            <translation>Gyldighet</translation>
        </message>
        <message>
            <source>Date the quote holds until</source>
            <translation>Datoen tilbudet gjelder til</translation>
        </message>
        <message>
            <source>January</source>
            <translation>januar</translation>
        </message>
        <message>
            <source>February</source>
            <translation>februar</translation>
        </message>
        <message>
            <source>March</source>
            <translation>mars</translation>
        </message>
        <message>
            <source>April</source>
            <translation>april</translation>
        </message>
        <message>
            <source>May</source>
            <translation>mai</translation>
        </message>
        <message>
            <source>June</source>
            <translation>juni</translation>
        </message>
        <message>
            <source>July</source>
            <translation>juli</translation>
        </message>
        <message>
            <source>August</source>
            <translation>august</translation>
        </message>
        <message>
            <source>September</source>
            <translation>september</translation>
        </message>
        <message>
            <source>October</source>
            <translation>oktober</translation>
        </message>
        <message>
            <source>November</source>
            <translation>november</translation>
        </message>
        <message>
            <source>December</source>
            <translation>desember</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <translation>{day}. {month} {year}</translation>
        </message>
        <message>
            <source>Attn. {name}</source>
            <translation>Att.: {name}</translation>
        </message>
        <message>
            <source>Attn. {name}, {role}</source>
            <translation>Att.: {name}, {role}</translation>
        </message>
        <message>
            <source>Tech pack revision {revision}, issued {date}: enclosed</source>
            <translation>Tech pack revisjon {revision}, utstedt {date}: vedlagt</translation>
        </message>
        <message>
            <source>Tech pack revision {revision}: enclosed</source>
            <translation>Tech pack revisjon {revision}: vedlagt</translation>
        </message>
        <message>
            <source>REQUEST FOR QUOTATION</source>
            <translation>FORESPØRSEL OM TILBUD</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Til</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>REPLY BY</source>
            <translation>SVAR INNEN</translation>
        </message>
        <message>
            <source>OUR REFERENCE</source>
            <translation>VÅR REFERANSE</translation>
        </message>
        <message>
            <source>QUOTE IN</source>
            <translation>TILBUD I</translation>
        </message>
        <message>
            <source>Dear {name},</source>
            <translation>Hei {name},</translation>
        </message>
        <message>
            <source>Dear Sir or Madam,</source>
            <translation>Hei,</translation>
        </message>
        <message>
            <source>please quote for making {code} {name} exactly as specified in the enclosed tech pack, revision {revision}, at each quantity below, in {currency}, {incoterm}. Please reply by {reply_by} and quote our reference {reference}.</source>
            <translation>vi ber om tilbud på produksjon av {code} {name} nøyaktig som beskrevet i vedlagte tech pack, revisjon {revision}, for hvert antall nedenfor, i {currency}, {incoterm}. Vennligst svar innen {reply_by} og oppgi vår referanse {reference}.</translation>
        </message>
        <message>
            <source>Please note:</source>
            <translation>Merknader:</translation>
        </message>
        <message>
            <source>Unit prices</source>
            <translation>Enhetspriser</translation>
        </message>
        <message>
            <source>Quantity (pieces)</source>
            <translation>Antall (stk.)</translation>
        </message>
        <message>
            <source>Unit price ({currency})</source>
            <translation>Enhetspris ({currency})</translation>
        </message>
        <message>
            <source>Production lead time (days)</source>
            <translation>Leveringstid for produksjon (dager)</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Merknader</translation>
        </message>
        <message>
            <source>One-time development costs, apart from unit prices</source>
            <translation>Engangskostnader for utvikling, utenom enhetsprisene</translation>
        </message>
        <message>
            <source>{yes} / {no}</source>
            <translation>{yes} / {no}</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nei</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Gebyr</translation>
        </message>
        <message>
            <source>Amount ({currency})</source>
            <translation>Beløp ({currency})</translation>
        </message>
        <message>
            <source>Refunded on order?</source>
            <translation>Refunderes ved bestilling?</translation>
        </message>
        <message>
            <source>Terms to state</source>
            <translation>Vilkår som må oppgis</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <source>All amounts in {currency}</source>
            <translation>Alle beløp i {currency}</translation>
        </message>
        <message>
            <source>Incoterm</source>
            <translation>Incoterm</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Vilkår</translation>
        </message>
        <message>
            <source>Please state</source>
            <translation>Oppgi</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Ditt svar</translation>
        </message>
        <message>
            <source>the brand that sent it</source>
            <translation>merkevaren som sendte den</translation>
        </message>
        <message>
            <source>The tech pack that follows is confidential and remains the property of {owner}. Quote for it as issued: if anything in it cannot be made as specified, say so in your quote rather than changing it.</source>
            <translation>Tech packen som følger er konfidensiell og forblir {owner}s eiendom. Gi tilbud på den slik den er utstedt: kan noe i den ikke lages som beskrevet, si fra i tilbudet i stedet for å endre det.</translation>
        </message>
        <message>
            <source>Request for quotation {reference}</source>
            <translation>Forespørsel om tilbud {reference}</translation>
        </message>
        <message>
            <source>{code} {name} — request for quotation {reference}, rev {revision}, {supplier}</source>
            <translation>{code} {name} — forespørsel om tilbud {reference}, rev. {revision}, {supplier}</translation>
        </message>
    </context>
    <context>
        <name>rfqs</name>
        <message>
            <source>Enter the quantities to be quoted, e.g. {quantities_example}</source>
            <translation>Skriv antallene det skal gis tilbud på, f.eks. {quantities_example}</translation>
        </message>
        <message>
            <source>'{token}' is not a quantity: enter whole numbers of pieces, e.g. {quantities_example}</source>
            <translation>'{token}' er ikke et antall: skriv hele antall stykk, f.eks. {quantities_example}</translation>
        </message>
        <message>
            <source>Quantities must be whole numbers of pieces</source>
            <translation>Antallene må være hele antall stykk</translation>
        </message>
        <message>
            <source>Quantities must be at least 1 piece, not {quantity}</source>
            <translation>Antallene må være minst 1 stk., ikke {quantity}</translation>
        </message>
        <message>
            <source>{quantity} pieces is more than jewelbench can ask for ({max_quantity} at most)</source>
            <translation>{quantity} stk. er mer enn jewelbench kan be om ({max_quantity} høyst)</translation>
        </message>
        <message>
            <source>{quantity} pieces is listed twice</source>
            <translation>{quantity} stk. står to ganger</translation>
        </message>
        <message>
            <source>Ask for at most {max_quantities} quantities, not {count}: a factory prices each one</source>
            <translation>Be om høyst {max_quantities} antall, ikke {count}: en fabrikk priser hvert av dem</translation>
        </message>
        <message>
            <source>List the quantities from the smallest to the largest</source>
            <translation>Før opp antallene fra det minste til det største</translation>
        </message>
        <message>
            <source>An RFQ recipient must be a saved supplier</source>
            <translation>En mottaker av forespørselen må være en lagret leverandør</translation>
        </message>
        <message>
            <source>Issue a tech pack revision first: an RFQ sends an issued revision, so every supplier prices the same tech pack</source>
            <translation>Utsted en revisjon av tech packen først: en forespørsel om tilbud sender en utstedt revisjon, så alle leverandørene priser samme tech pack</translation>
        </message>
        <message>
            <source>Tick at least one supplier to send the RFQ to</source>
            <translation>Kryss av minst én leverandør å sende forespørselen til</translation>
        </message>
        <message>
            <source>A supplier is listed twice in the RFQ</source>
            <translation>En leverandør står to ganger i forespørselen</translation>
        </message>
        <message>
            <source>An RFQ cannot be sent before the day it was made</source>
            <translation>En forespørsel kan ikke sendes før dagen den ble laget</translation>
        </message>
        <message>
            <source>The reply-by date ({reply_by}) is before the RFQ's date ({created_on})</source>
            <translation>Svarfristen ({reply_by}) er før forespørselens dato ({created_on})</translation>
        </message>
        <message>
            <source>The reply-by date ({reply_by}) has already passed: give the suppliers time to answer</source>
            <translation>Svarfristen ({reply_by}) er allerede passert: gi leverandørene tid til å svare</translation>
        </message>
        <message>
            <source>New RFQ for {design_code}</source>
            <translation>Ny forespørsel for {design_code}</translation>
        </message>
        <message>
            <source>Delete {reference}</source>
            <translation>Slett {reference}</translation>
        </message>
        <message>
            <source>Wrote 1 PDF to {folder}.</source>
            <translation>Skrev 1 PDF til {folder}.</translation>
        </message>
        <message>
            <source>Wrote {count} PDFs to {folder}.</source>
            <translation>Skrev {count} PDF-er til {folder}.</translation>
        </message>
        <message>
            <source>Cancelled before the rest: the folder holds only whole PDFs.</source>
            <translation>Avbrutt før resten: mappen inneholder bare hele PDF-er.</translation>
        </message>
        <message>
            <source>Not written: {error}</source>
            <translation>Ikke skrevet: {error}</translation>
        </message>
        <message>
            <source>Writing the RFQ PDFs…</source>
            <translation>Skriver PDF-ene for forespørselen…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Write RFQ PDFs</source>
            <translation>Skriv PDF-er for forespørselen</translation>
        </message>
        <message>
            <source>Writing {number} of {total}: {file}</source>
            <translation>Skriver {number} av {total}: {file}</translation>
        </message>
    </context>
    <context>
        <name>samples</name>
        <message>
            <source>Only an approved round can carry accepted deviations</source>
            <translation>Bare en godkjent runde kan ha godkjente avvik</translation>
        </message>
        <message>
            <source>A sample cannot be received before it was requested ({requested_on}): check the received date</source>
            <translation>En vareprøve kan ikke mottas før den ble bestilt ({requested_on}): sjekk mottaksdatoen</translation>
        </message>
        <message>
            <source>A sample that has not been received cannot be decided on: enter the date it was received first</source>
            <translation>En vareprøve som ikke er mottatt, kan ikke avgjøres: skriv inn datoen den ble mottatt først</translation>
        </message>
        <message>
            <source>A decision cannot be dated before the sample was received ({received_on}): check the decision date</source>
            <translation>En avgjørelse kan ikke dateres før vareprøven ble mottatt ({received_on}): sjekk datoen for avgjørelsen</translation>
        </message>
        <message>
            <source>Each QC stage can be recorded only once in a sample round</source>
            <translation>Hvert QC-trinn kan bare registreres én gang i en prøverunde</translation>
        </message>
        <message>
            <source>Revision {revision} of {design_code} gives no dimensions or weight tolerance to measure against: add them in its tech pack</source>
            <translation>Revisjon {revision} av {design_code} har ingen mål eller vekttoleranse å måle mot: legg dem inn i tech packen</translation>
        </message>
        <message>
            <source>Revision {revision} of {code} holds a damaged dimension</source>
            <translation>Revisjon {revision} av {code} har et skadet mål</translation>
        </message>
        <message>
            <source>{design_code} cannot go into production: it has no issued tech pack revision, and production is held to an approved sample of it. Issue its tech pack, then record an approved sample round for that revision.</source>
            <translation>{design_code} kan ikke gå i produksjon: det har ingen utstedt revisjon av tech packen, og produksjonen holdes mot en godkjent vareprøve av den. Utsted tech packen, og registrer så en godkjent prøverunde for den revisjonen.</translation>
        </message>
        <message>
            <source>Only an approval (with or without changes) makes the golden sample</source>
            <translation>Bare en godkjenning (med eller uten endringer) gir godkjent referanseprøve</translation>
        </message>
        <message>
            <source>Pre-production</source>
            <translation>Før produksjon</translation>
        </message>
        <message>
            <source>Raw casting</source>
            <translation>Råstøp</translation>
        </message>
        <message>
            <source>Pre-polish</source>
            <translation>Før polering</translation>
        </message>
        <message>
            <source>Post-polish</source>
            <translation>Etter polering</translation>
        </message>
        <message>
            <source>Stone setting</source>
            <translation>Innfatning</translation>
        </message>
        <message>
            <source>Final audit</source>
            <translation>Sluttkontroll</translation>
        </message>
        <message>
            <source>In tolerance</source>
            <translation>Innenfor toleransen</translation>
        </message>
        <message>
            <source>{excess} over (limit {limit})</source>
            <translation>{excess} over (grense {limit})</translation>
        </message>
        <message>
            <source>{excess} under (limit {limit})</source>
            <translation>{excess} under (grense {limit})</translation>
        </message>
        <message>
            <source>Out of tolerance: {check}</source>
            <translation>Utenfor toleransen: {check}</translation>
        </message>
        <message>
            <source>QC stage {stage} · {stage_name} failed</source>
            <translation>QC-trinn {stage} · {stage_name} ikke bestått</translation>
        </message>
        <message>
            <source>no note</source>
            <translation>ingen merknad</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Vekt</translation>
        </message>
        <message>
            <source>{what} (critical)</source>
            <translation>{what} (kritisk)</translation>
        </message>
        <message>
            <source>{excess} over</source>
            <translation>{excess} over</translation>
        </message>
        <message>
            <source>{excess} under</source>
            <translation>{excess} under</translation>
        </message>
        <message>
            <source>{what}: measured {measured} against {nominal} ± {tolerance} — {by}</source>
            <translation>{what}: målt {measured} mot {nominal} ± {tolerance} — {by}</translation>
        </message>
        <message>
            <source>Approved with deviations</source>
            <translation>Godkjent med avvik</translation>
        </message>
        <message>
            <source>Approved with changes and deviations</source>
            <translation>Godkjent med endringer og avvik</translation>
        </message>
        <message>
            <source>Accepted deviations: {lines}. Reason: {reason}</source>
            <translation>Godtatte avvik: {lines}. Begrunnelse: {reason}</translation>
        </message>
    </context>
    <context>
        <name>scenarios</name>
        <message>
            <source>{what} cannot be negative, not {number}</source>
            <translation>{what} kan ikke være negativ, ikke {number}</translation>
        </message>
        <message>
            <source>{what} must be at most 100, not {number}</source>
            <translation>{what} må være høyst 100, ikke {number}</translation>
        </message>
        <message>
            <source>{what} must be a whole number, not {value}</source>
            <translation>{what} må være et helt tall, ikke {value}</translation>
        </message>
        <message>
            <source>{what} must be at least {minimum}, not {value}</source>
            <translation>{what} må være minst {minimum}, ikke {value}</translation>
        </message>
        <message>
            <source>{what} must be at least {minimum} {unit}, not {value}</source>
            <translation>{what} må være minst {minimum} {unit}, ikke {value}</translation>
        </message>
        <message>
            <source>{what} must be at most {maximum}, not {value}</source>
            <translation>{what} må være høyst {maximum}, ikke {value}</translation>
        </message>
        <message>
            <source>{label}: salvage value is above the cost ({salvage_value} &gt; {cost}); it can be at most what the equipment cost</source>
            <translation>{label}: restverdien er over kostnaden ({salvage_value} &gt; {cost}); den kan være høyst det utstyret kostet</translation>
        </message>
        <message>
            <source>Hours per month of {label} must be above 0 (a role nobody works in has a headcount of 0)</source>
            <translation>Timer per måned for {label} må være over 0 (en rolle ingen jobber i, har 0 ansatte)</translation>
        </message>
        <message>
            <source>Hours per month of {label} must be at most {max_hours_per_month}, not {hours}</source>
            <translation>Timer per måned for {label} må være høyst {max_hours_per_month}, ikke {hours}</translation>
        </message>
        <message>
            <source>No design has the code “{text}”: type a design's code, or leave it empty for all designs</source>
            <translation>Ingen design har koden «{text}»: skriv koden til et design, eller la feltet stå tomt for alle design</translation>
        </message>
        <message>
            <source>Error rate % must be below 100, not {error_rate_pct}: at 100 % every piece is remade and none comes out good</source>
            <translation>Feilandel % må være under 100, ikke {error_rate_pct}: ved 100 % blir hvert stykk laget om og ingen blir godkjent</translation>
        </message>
        <message>
            <source>{name}: low, mid and high costs must rise</source>
            <translation>{name}: lav, middels og høy kostnad må stige</translation>
        </message>
        <message>
            <source>No equipment “{name}” in the catalogue</source>
            <translation>Finner ikke utstyret «{name}» i katalogen</translation>
        </message>
        <message>
            <source>No exchange rate between USD and {currency} on or before {on}: add one under Costs, or start in USD</source>
            <translation>Ingen valutakurs mellom USD og {currency} på eller før {on}: legg inn en under Kostnader, eller start i USD</translation>
        </message>
        <message>
            <source>The starting figures are in USD: give a USD→{currency} rate, or start in USD</source>
            <translation>Startverdiene er i USD: oppgi en kurs USD→{currency}, eller start i USD</translation>
        </message>
    </context>
    <context>
        <name>scorecard</name>
        <message>
            <source>{percent} % first pass</source>
            <translation>{percent} % godkjent i første runde</translation>
        </message>
        <message>
            <source>{rounds} round</source>
            <translation>{rounds} runde</translation>
        </message>
        <message>
            <source>{rounds} rounds</source>
            <translation>{rounds} runder</translation>
        </message>
        <message>
            <source>{days} d late</source>
            <translation>{days} d for sent</translation>
        </message>
        <message>
            <source>{days} d early</source>
            <translation>{days} d for tidlig</translation>
        </message>
        <message>
            <source>on time</source>
            <translation>i tide</translation>
        </message>
        <message>
            <source>price = best</source>
            <translation>pris = best</translation>
        </message>
        <message>
            <source>price +{percent} % vs best</source>
            <translation>pris +{percent} % mot beste</translation>
        </message>
        <message>
            <source>price −{percent} % vs best</source>
            <translation>pris −{percent} % mot beste</translation>
        </message>
        <message>
            <source>no history yet</source>
            <translation>ingen historikk ennå</translation>
        </message>
        <message>
            <source>not comparable</source>
            <translation>ikke sammenlignbar</translation>
        </message>
        <message>
            <source>{parts} · {part}</source>
            <translation>{parts} · {part}</translation>
        </message>
        <message>
            <source>First-pass approval: no decided sample rounds yet</source>
            <translation>Godkjent i første runde: ingen avgjorte prøverunder ennå</translation>
        </message>
        <message>
            <source>First-pass approval: {approved} of {count} design approved on the first round → {percent} %</source>
            <translation>Godkjent i første runde: {approved} av {count} design godkjent i første runde → {percent} %</translation>
        </message>
        <message>
            <source>First-pass approval: {approved} of {count} designs approved on the first round → {percent} %</source>
            <translation>Godkjent i første runde: {approved} av {count} design godkjent i første runde → {percent} %</translation>
        </message>
        <message>
            <source>Rounds to approval: no design approved yet</source>
            <translation>Runder til godkjenning: ingen design godkjent ennå</translation>
        </message>
        <message>
            <source>Rounds to approval: {total} round for {count} approved design → {average} on average</source>
            <translation>Runder til godkjenning: {total} runde for {count} godkjent design → {average} i snitt</translation>
        </message>
        <message>
            <source>Rounds to approval: {total} rounds for {count} approved design → {average} on average</source>
            <translation>Runder til godkjenning: {total} runder for {count} godkjent design → {average} i snitt</translation>
        </message>
        <message>
            <source>Rounds to approval: {total} rounds for {count} approved designs → {average} on average</source>
            <translation>Runder til godkjenning: {total} runder for {count} godkjente design → {average} i snitt</translation>
        </message>
        <message>
            <source>Sample lead time: no received sample to compare with a quoted lead time</source>
            <translation>Leveringstid for vareprøve: ingen mottatt vareprøve å sammenligne med en oppgitt leveringstid</translation>
        </message>
        <message>
            <source>Sample lead time: promised {promised} d, took {took} d on average over {count} round → {delay}; {on_time} of {count} on time</source>
            <translation>Leveringstid for vareprøve: lovet {promised} d, tok {took} d i snitt over {count} runde → {delay}; {on_time} av {count} i tide</translation>
        </message>
        <message>
            <source>Sample lead time: promised {promised} d, took {took} d on average over {count} rounds → {delay}; {on_time} of {count} on time</source>
            <translation>Leveringstid for vareprøve: lovet {promised} d, tok {took} d i snitt over {count} runder → {delay}; {on_time} av {count} i tide</translation>
        </message>
        <message>
            <source>Price position: not comparable</source>
            <translation>Prisnivå: ikke sammenlignbart</translation>
        </message>
        <message>
            <source>Price position: no design quoted by another supplier too</source>
            <translation>Prisnivå: ingen design har også fått tilbud fra en annen leverandør</translation>
        </message>
        <message>
            <source>1 design compared</source>
            <translation>1 design sammenlignet</translation>
        </message>
        <message>
            <source>median over {count} designs</source>
            <translation>median over {count} design</translation>
        </message>
        <message>
            <source>{times}× the best other quote, the same price</source>
            <translation>{times}× det beste andre tilbudet, samme pris</translation>
        </message>
        <message>
            <source>{times}× the best other quote, {percent} % above</source>
            <translation>{times}× det beste andre tilbudet, {percent} % over</translation>
        </message>
        <message>
            <source>{times}× the best other quote, {percent} % below</source>
            <translation>{times}× det beste andre tilbudet, {percent} % under</translation>
        </message>
        <message>
            <source>Price position: {position} ({over})</source>
            <translation>Prisnivå: {position} ({over})</translation>
        </message>
    </context>
    <context>
        <name>startup</name>
        <message>
            <source>Workspace opened</source>
            <translation>Arbeidsområde åpnet</translation>
        </message>
        <message>
            <source>“{workspace}” was opened as it was last saved; a file beside it was not part of it.</source>
            <translation>«{workspace}» ble åpnet slik det sist ble lagret; en fil ved siden av hørte ikke til det.</translation>
        </message>
        <message>
            <source>Nothing in the workspace was lost. The file that was not part of it is kept, in case it belongs to another program.</source>
            <translation>Ingenting i arbeidsområdet gikk tapt. Filen som ikke hørte til, beholdes i tilfelle den tilhører et annet program.</translation>
        </message>
        <message>
            <source>Opened read-only</source>
            <translation>Åpnet skrivebeskyttet</translation>
        </message>
        <message>
            <source>The demo is already open in another window.</source>
            <translation>Demoen er allerede åpen i et annet vindu.</translation>
        </message>
        <message>
            <source>This window shows it read-only.</source>
            <translation>Dette vinduet viser det skrivebeskyttet.</translation>
        </message>
        <message>
            <source>“{workspace}” is already open for editing.</source>
            <translation>«{workspace}» er allerede åpent for redigering.</translation>
        </message>
        <message>
            <source>Cannot open workspace</source>
            <translation>Kan ikke åpne arbeidsområdet</translation>
        </message>
        <message>
            <source>“{workspace}” cannot be opened.</source>
            <translation>«{workspace}» kan ikke åpnes.</translation>
        </message>
        <message>
            <source>Welcome to jewelbench</source>
            <translation>Velkommen til jewelbench</translation>
        </message>
        <message>
            <source>A new workspace was created for you.</source>
            <translation>Et nytt arbeidsområde ble opprettet for deg.</translation>
        </message>
        <message>
            <source>It is saved at:
{default}

Everything you enter is kept in this one file; copy it to back it up. Costs are shown in {base_currency} (change it in File ▸ Workspace Settings).</source>
            <translation>Det er lagret her:
{default}

Alt du legger inn, lagres i denne ene filen; kopier den for å ta sikkerhetskopi. Kostnader vises i {base_currency} (endre det under Fil ▸ Innstillinger for arbeidsområdet).</translation>
        </message>
        <message>
            <source>Print font missing</source>
            <translation>Skriften for utskrift mangler</translation>
        </message>
        <message>
            <source>Tech packs and requests for quotation may print differently from other computers: the font jewelbench prints with is damaged or missing. Reinstalling jewelbench puts it back.</source>
            <translation>Tech packer og forespørsler om tilbud kan bli skrevet ut annerledes enn på andre datamaskiner: skriften jewelbench skriver ut med, er skadet eller mangler. Installer jewelbench på nytt for å få den tilbake.</translation>
        </message>
        <message>
            <source>jewelbench</source>
            <translation>jewelbench</translation>
        </message>
        <message>
            <source>No workspace can be opened.</source>
            <translation>Ingen arbeidsområder kan åpnes.</translation>
        </message>
    </context>
    <context>
        <name>storage</name>
        <message>
            <source>The disk is full, so nothing was saved. Free some space and try again.</source>
            <translation>Disken er full, så ingenting ble lagret. Frigjør litt plass og prøv igjen.</translation>
        </message>
        <message>
            <source>Another program is writing to this workspace, so nothing was saved. Try again in a moment.</source>
            <translation>Et annet program skriver til dette arbeidsområdet, så ingenting ble lagret. Prøv igjen om et øyeblikk.</translation>
        </message>
        <message>
            <source>This workspace is open read-only, so nothing was saved.</source>
            <translation>Dette arbeidsområdet er åpnet skrivebeskyttet, så ingenting ble lagret.</translation>
        </message>
        <message>
            <source>jewelbench can no longer check that it alone writes to the workspace (its lock file {lock}: {reason}), so nothing was saved. Close the workspace and open it again.</source>
            <translation>jewelbench kan ikke lenger kontrollere at bare det skriver til arbeidsområdet (låsefilen {lock}: {reason}), så ingenting ble lagret. Lukk arbeidsområdet og åpne det igjen.</translation>
        </message>
        <message>
            <source>Another jewelbench window has opened this workspace for editing since its lock file was deleted, so nothing was saved here.</source>
            <translation>Et annet jewelbench-vindu har åpnet dette arbeidsområdet for redigering etter at låsefilen ble slettet, så ingenting ble lagret her.</translation>
        </message>
        <message>
            <source>Another jewelbench window ({holder}) has opened this workspace for editing since its lock file was deleted, so nothing was saved here.</source>
            <translation>Et annet jewelbench-vindu ({holder}) har åpnet dette arbeidsområdet for redigering etter at låsefilen ble slettet, så ingenting ble lagret her.</translation>
        </message>
    </context>
    <context>
        <name>storage_costing</name>
        <message>
            <source>{quote} from {supplier}: {reason}</source>
            <translation>{quote} fra {supplier}: {reason}</translation>
        </message>
        <message>
            <source>expired on {date}</source>
            <translation>gikk ut {date}</translation>
        </message>
        <message>
            <source>quoted on {quoted}, after the costing date {on}</source>
            <translation>tilbudt {quoted}, etter kalkyledatoen {on}</translation>
        </message>
        <message>
            <source>{supplier}: no landed-cost terms stored, so import duty, your own freight, insurance, inspection, FX buffer and defect allowance count as 0</source>
            <translation>{supplier}: ingen vilkår for levert kostpris er lagret, så toll, egen frakt, forsikring, inspeksjon, valutabuffer og kassasjonsandel regnes som 0</translation>
        </message>
    </context>
    <context>
        <name>suppliers</name>
        <message>
            <source>'{email}' is not an e-mail address</source>
            <translation>'{email}' er ikke en e-postadresse</translation>
        </message>
        <message>
            <source>'{item}' is not a due-diligence item</source>
            <translation>'{item}' er ikke et punkt i leverandørkontrollen</translation>
        </message>
        <message>
            <source>Country '{country}' must be a two-letter code (IT, TH, CN …)</source>
            <translation>Landet '{country}' må være en kode på to bokstaver (IT, TH, CN …)</translation>
        </message>
        <message>
            <source>Unknown capability: {unknown}</source>
            <translation>Ukjent kompetanse: {unknown}</translation>
        </message>
        <message>
            <source>A due-diligence item is listed twice</source>
            <translation>Et punkt i leverandørkontrollen står to ganger</translation>
        </message>
        <message>
            <source>Print language '{language}' must be one of {languages}, or empty for the country's</source>
            <translation>Utskriftsspråket '{language}' må være ett av {languages}, eller tomt for landets</translation>
        </message>
        <message>
            <source>“{typed}” is not a date: type it as year-month-day, e.g. 2027-09-30</source>
            <translation>«{typed}» er ikke en dato: skriv den som år-måned-dag, f.eks. 2027-09-30</translation>
        </message>
        <message>
            <source>References checked</source>
            <translation>Referanser sjekket</translation>
        </message>
        <message>
            <source>Sample portfolio seen</source>
            <translation>Prøveportefølje sett</translation>
        </message>
        <message>
            <source>Factory visited</source>
            <translation>Fabrikken besøkt</translation>
        </message>
        <message>
            <source>Certifications verified</source>
            <translation>Sertifiseringer bekreftet</translation>
        </message>
        <message>
            <source>Track record with similar brands</source>
            <translation>Erfaring med lignende merkevarer</translation>
        </message>
        <message>
            <source>Enter the supplier's country: its two-letter code (IT, TH, CN …) or choose it from the list</source>
            <translation>Oppgi leverandørens land: landskoden på to bokstaver (IT, TH, CN …), eller velg det i listen</translation>
        </message>
        <message>
            <source>“{typed}” is not a country jewelbench knows: type its two-letter code (IT, TH, CN …) or choose it from the list</source>
            <translation>«{typed}» er ikke et land jewelbench kjenner: skriv landskoden på to bokstaver (IT, TH, CN …), eller velg det i listen</translation>
        </message>
        <message>
            <source>No expiry date</source>
            <translation>Ingen utløpsdato</translation>
        </message>
        <message>
            <source>Expired {days} days ago</source>
            <translation>Utløpt for {days} dager siden</translation>
        </message>
        <message>
            <source>Expired yesterday</source>
            <translation>Utløpt i går</translation>
        </message>
        <message>
            <source>Expires today</source>
            <translation>Utløper i dag</translation>
        </message>
        <message>
            <source>Expires in {days} days</source>
            <translation>Utløper om {days} dager</translation>
        </message>
        <message>
            <source>Expires tomorrow</source>
            <translation>Utløper i morgen</translation>
        </message>
        <message>
            <source>Valid until {expires}</source>
            <translation>Gyldig til {expires}</translation>
        </message>
        <message>
            <source>… and {count} more lines</source>
            <translation>… og {count} linjer til</translation>
        </message>
        <message>
            <source>Computing scorecards…</source>
            <translation>Beregner resultatkort…</translation>
        </message>
        <message>
            <source>this supplier no longer exists</source>
            <translation>denne leverandøren finnes ikke lenger</translation>
        </message>
    </context>
    <context>
        <name>techpack</name>
        <message>
            <source>None specified</source>
            <translation>Ikke angitt</translation>
        </message>
        <message>
            <source>Natural</source>
            <translation>Naturlig</translation>
        </message>
        <message>
            <source>Lab-grown</source>
            <translation>Laboratoriedyrket</translation>
        </message>
        <message>
            <source>Simulant</source>
            <translation>Imitasjon</translation>
        </message>
        <message>
            <source>Ring</source>
            <translation>Ring</translation>
        </message>
        <message>
            <source>Pendant</source>
            <translation>Anheng</translation>
        </message>
        <message>
            <source>Earrings</source>
            <translation>Øredobber</translation>
        </message>
        <message>
            <source>Bracelet</source>
            <translation>Armbånd</translation>
        </message>
        <message>
            <source>Necklace</source>
            <translation>Halskjede</translation>
        </message>
        <message>
            <source>Brooch</source>
            <translation>Brosje</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Annet</translation>
        </message>
        <message>
            <source>Pre-production</source>
            <translation>Før produksjon</translation>
        </message>
        <message>
            <source>Raw casting</source>
            <translation>Råstøp</translation>
        </message>
        <message>
            <source>Pre-polish</source>
            <translation>Før polering</translation>
        </message>
        <message>
            <source>Post-polish</source>
            <translation>Etter polering</translation>
        </message>
        <message>
            <source>Stone setting</source>
            <translation>Innfatning</translation>
        </message>
        <message>
            <source>Final audit</source>
            <translation>Sluttkontroll</translation>
        </message>
        <message>
            <source>{star} Critical dimension: fit or function depends on it. Measure it on every sample and at the final audit; outside the limits is a reject.</source>
            <translation>{star} Kritisk mål: passform eller funksjon avhenger av det. Mål det på hver vareprøve og ved sluttkontrollen; utenfor grensene er vraket.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nei</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>UTKAST</translation>
        </message>
        <message>
            <source>not for production</source>
            <translation>ikke for produksjon</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Utstedt</translation>
        </message>
        <message>
            <source>REVISION</source>
            <translation>REVISJON</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Kolleksjon</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>TECH PACK</source>
            <translation>TECH PACK</translation>
        </message>
        <message>
            <source>No cover image</source>
            <translation>Intet hovedbilde</translation>
        </message>
        <message>
            <source>Revision history</source>
            <translation>Revisjonshistorikk</translation>
        </message>
        <message>
            <source>Rev</source>
            <translation>Rev.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Change note</source>
            <translation>Endringsnotat</translation>
        </message>
        <message>
            <source>Dimension</source>
            <translation>Mål</translation>
        </message>
        <message>
            <source>Nominal (mm)</source>
            <translation>Nominelt (mm)</translation>
        </message>
        <message>
            <source>Tolerance (mm)</source>
            <translation>Toleranse (mm)</translation>
        </message>
        <message>
            <source>Limits (mm)</source>
            <translation>Grenser (mm)</translation>
        </message>
        <message>
            <source>No dimensions specified</source>
            <translation>Ingen mål angitt</translation>
        </message>
        <message>
            <source>(limits {limits})</source>
            <translation>(grenser {limits})</translation>
        </message>
        <message>
            <source>Finished weight</source>
            <translation>Ferdig vekt</translation>
        </message>
        <message>
            <source>Minimum wall thickness</source>
            <translation>Minste veggtykkelse</translation>
        </message>
        <message>
            <source>Minimum prong thickness</source>
            <translation>Minste klotykkelse</translation>
        </message>
        <message>
            <source>Alloy</source>
            <translation>Legering</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Fineness (‰)</source>
            <translation>Finhet (‰)</translation>
        </message>
        <message>
            <source>Quality stamp</source>
            <translation>Finhetsmerke</translation>
        </message>
        <message>
            <source>Weight (g)</source>
            <translation>Vekt (g)</translation>
        </message>
        <message>
            <source>No metals specified</source>
            <translation>Ingen metaller angitt</translation>
        </message>
        <message>
            <source>Maker's mark</source>
            <translation>Ansvarsmerke</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Origin</source>
            <translation>Opprinnelse</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>Size (mm)</source>
            <translation>Størrelse (mm)</translation>
        </message>
        <message>
            <source>Carat</source>
            <translation>Karat</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farge</translation>
        </message>
        <message>
            <source>Clarity</source>
            <translation>Klarhet</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Ant.</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Innfatning</translation>
        </message>
        <message>
            <source>1 stone in total.</source>
            <translation>1 stein totalt.</translation>
        </message>
        <message>
            <source>{count} stones in total.</source>
            <translation>{count} steiner totalt.</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Område</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Overflate</translation>
        </message>
        <message>
            <source>Guaranteed</source>
            <translation>Garantert</translation>
        </message>
        <message>
            <source>Commercial</source>
            <translation>Kommersiell</translation>
        </message>
        <message>
            <source>Plating metal</source>
            <translation>Beleggmetall</translation>
        </message>
        <message>
            <source>Thickness (µm)</source>
            <translation>Tykkelse (µm)</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Kvalitet</translation>
        </message>
        <message>
            <source>Hallmarking markets</source>
            <translation>Markeder for stempling</translation>
        </message>
        <message>
            <source>Brand logo</source>
            <translation>Merkevarelogo</translation>
        </message>
        <message>
            <source>Laser serial</source>
            <translation>Laserserienummer</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Length (mm)</source>
            <translation>Lengde (mm)</translation>
        </message>
        <message>
            <source>Pull strength (N)</source>
            <translation>Trekkstyrke (N)</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Artikkel</translation>
        </message>
        <message>
            <source>No packaging specified</source>
            <translation>Ingen emballasje angitt</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Emballasjeetiketter</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Trinn</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Acceptance criteria</source>
            <translation>Godkjenningskriterier</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Merknader</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Advarsler</translation>
        </message>
        <message>
            <source>None raised</source>
            <translation>Ingen</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Bekreftet</translation>
        </message>
        <message>
            <source>Acknowledged: {note}</source>
            <translation>Bekreftet: {note}</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Åpen</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Advarsel</translation>
        </message>
        <message>
            <source>Why it matters</source>
            <translation>Hvorfor det betyr noe</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Figure {number}</source>
            <translation>Figur {number}</translation>
        </message>
        <message>
            <source>The image ({image}) could not be read.</source>
            <translation>Bildet ({image}) kunne ikke leses.</translation>
        </message>
        <message>
            <source>No callouts on this image.</source>
            <translation>Ingen henvisninger på dette bildet.</translation>
        </message>
        <message>
            <source>Dimensions &amp; tolerances</source>
            <translation>Mål og toleranser</translation>
        </message>
        <message>
            <source>Materials &amp; quality stamp</source>
            <translation>Materialer og finhetsmerke</translation>
        </message>
        <message>
            <source>Stones</source>
            <translation>Steiner</translation>
        </message>
        <message>
            <source>Finishes by area</source>
            <translation>Overflater per område</translation>
        </message>
        <message>
            <source>Plating</source>
            <translation>Belegg</translation>
        </message>
        <message>
            <source>Hallmarks, logo &amp; laser serial</source>
            <translation>Stempler, logo og laserserienummer</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Komponenter</translation>
        </message>
        <message>
            <source>Packaging &amp; labels</source>
            <translation>Emballasje og etiketter</translation>
        </message>
        <message>
            <source>Quality control</source>
            <translation>Kvalitetskontroll</translation>
        </message>
        <message>
            <source>Compliance notes</source>
            <translation>Merknader om regelverk</translation>
        </message>
        <message>
            <source>DFM notes &amp; warnings</source>
            <translation>DFM-merknader og -advarsler</translation>
        </message>
        <message>
            <source>Images &amp; callouts</source>
            <translation>Bilder og henvisninger</translation>
        </message>
    </context>
    <context>
        <name>techpack_pdf</name>
        <message>
            <source>Rev {revision}</source>
            <translation>Rev. {revision}</translation>
        </message>
        <message>
            <source>Tech pack</source>
            <translation>Tech pack</translation>
        </message>
        <message>
            <source>this is not a tech pack jewelbench can print (format {format})</source>
            <translation>dette er ikke en tech pack jewelbench kan skrive ut (format {format})</translation>
        </message>
        <message>
            <source>this tech pack was saved in format {format}, newer than this jewelbench understands ({understood}); update jewelbench</source>
            <translation>denne tech packen ble lagret i format {format}, nyere enn denne jewelbench forstår ({understood}); oppdater jewelbench</translation>
        </message>
        <message>
            <source>the printer or file could not be opened for writing</source>
            <translation>skriveren eller filen kunne ikke åpnes for skriving</translation>
        </message>
        <message>
            <source>a new page could not be started</source>
            <translation>en ny side kunne ikke startes</translation>
        </message>
        <message>
            <source>the document could not be finished (is the disk full?)</source>
            <translation>dokumentet kunne ikke fullføres (er disken full?)</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Side {page} av {pages}</translation>
        </message>
        <message>
            <source>{code} {name} — tech pack rev {revision}</source>
            <translation>{code} {name} — tech pack rev. {revision}</translation>
        </message>
        <message>
            <source>{file}: cannot write here ({reason})</source>
            <translation>{file}: kan ikke skrive her ({reason})</translation>
        </message>
        <message>
            <source>{file}: cannot be replaced ({reason})</source>
            <translation>{file}: kan ikke erstattes ({reason})</translation>
        </message>
        <message>
            <source>{file}: cannot be read back ({reason})</source>
            <translation>{file}: kan ikke leses tilbake ({reason})</translation>
        </message>
        <message>
            <source>{file}: the PDF was not written completely (is the disk full?)</source>
            <translation>{file}: PDF-en ble ikke skrevet ferdig (er disken full?)</translation>
        </message>
    </context>
    <context>
        <name>techpacks</name>
        <message>
            <source>{what} ({code} rev {revision})</source>
            <translation>{what} ({code} rev. {revision})</translation>
        </message>
        <message>
            <source>Start revision {revision} of {code}</source>
            <translation>Start revisjon {revision} av {code}</translation>
        </message>
    </context>
    <context>
        <name>units</name>
        <message>
            <source>year</source>
            <translation>år</translation>
        </message>
        <message>
            <source>years</source>
            <translation>år</translation>
        </message>
        <message>
            <source>{weight} dwt</source>
            <translation>{weight} dwt</translation>
        </message>
        <message>
            <source>{weight} troy oz</source>
            <translation>{weight} troy oz</translation>
        </message>
        <message>
            <source>{weight} g</source>
            <translation>{weight} g</translation>
        </message>
    </context>
    <context>
        <name>validation</name>
        <message>
            <source>{what} is required</source>
            <translation>{what} må fylles ut</translation>
        </message>
        <message>
            <source>{what} is longer than {most} characters</source>
            <translation>{what} er lengre enn {most} tegn</translation>
        </message>
        <message>
            <source>{what} '{text}' is not a number</source>
            <translation>{what} '{text}' er ikke et tall</translation>
        </message>
        <message>
            <source>{what} must be a finite number, not {text}</source>
            <translation>{what} må være et endelig tall, ikke {text}</translation>
        </message>
        <message>
            <source>{what} {text} is too large</source>
            <translation>{what} {text} er for stort</translation>
        </message>
        <message>
            <source>{what} must be at least {least}, not {value}</source>
            <translation>{what} må være minst {least}, ikke {value}</translation>
        </message>
        <message>
            <source>{what} must be above {least}, not {value}</source>
            <translation>{what} må være over {least}, ikke {value}</translation>
        </message>
        <message>
            <source>{what} must be at most {most}, not {value}</source>
            <translation>{what} må være høyst {most}, ikke {value}</translation>
        </message>
        <message>
            <source>{what} must be a whole number</source>
            <translation>{what} må være et helt tall</translation>
        </message>
        <message>
            <source>{what} must be an amount with a currency</source>
            <translation>{what} må være et beløp med valuta</translation>
        </message>
        <message>
            <source>{what} cannot be negative</source>
            <translation>{what} kan ikke være negativ</translation>
        </message>
    </context>
    <context>
        <name>workbook</name>
        <message>
            <source>Cover</source>
            <translation>Forside</translation>
        </message>
        <message>
            <source>{file}: a workbook's name ends in .xlsx</source>
            <translation>{file}: navnet på et regneark slutter på .xlsx</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>inndata</translation>
        </message>
        <message>
            <source>Cost comparison</source>
            <translation>kostnadssammenligningen</translation>
        </message>
        <message>
            <source>Volumes</source>
            <translation>volumene</translation>
        </message>
        <message>
            <source>the file</source>
            <translation>filen</translation>
        </message>
        <message>
            <source>Make or buy: {subject}</source>
            <translation>Lage selv eller kjøpe: {subject}</translation>
        </message>
        <message>
            <source>Written by jewelbench {version} on {date}. Every cost in this workbook is a formula over the Inputs sheet: change an input and every cost follows, as jewelbench computes it.</source>
            <translation>Skrevet av jewelbench {version} den {date}. Hver kostnad i dette regnearket er en formel over arket Inputs: endre en inndataverdi, så følger alle kostnadene etter, slik jewelbench regner dem ut.</translation>
        </message>
        <message>
            <source>{plan} (1 design, {pieces} pieces a year planned)</source>
            <translation>{plan} (1 design, {pieces} stk. per år planlagt)</translation>
        </message>
        <message>
            <source>{plan} ({designs} designs, {pieces} pieces a year planned)</source>
            <translation>{plan} ({designs} design, {pieces} stk. per år planlagt)</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>Arbeidsområde</translation>
        </message>
        <message>
            <source>Costing date</source>
            <translation>Kalkyledato</translation>
        </message>
        <message>
            <source>Base currency</source>
            <translation>Basisvaluta</translation>
        </message>
        <message>
            <source>In-house scenario</source>
            <translation>Scenario for egenproduksjon</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Volume costed (pieces a year)</source>
            <translation>Kalkulert volum (stykk per år)</translation>
        </message>
        <message>
            <source>Break-evens searched up to</source>
            <translation>Nullpunkter søkes opp til</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Sammendrag</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Alternativ</translation>
        </message>
        <message>
            <source>Total a year</source>
            <translation>Totalt per år</translation>
        </message>
        <message>
            <source>Per piece</source>
            <translation>Per stykk</translation>
        </message>
        <message>
            <source>Break-even (pieces)</source>
            <translation>Nullpunkt (stykk)</translation>
        </message>
        <message>
            <source>Where in-house is cheaper</source>
            <translation>Der egenproduksjon er billigst</translation>
        </message>
        <message>
            <source>Rounding: per piece × pieces</source>
            <translation>Avrunding: per stykk × stykk</translation>
        </message>
        <message>
            <source>In-house</source>
            <translation>Egenproduksjon</translation>
        </message>
        <message>
            <source>In-house bench capacity</source>
            <translation>Benkekapasitet i egenproduksjon</translation>
        </message>
        <message>
            <source>No quote could be compared (see below).</source>
            <translation>Ingen tilbud kunne sammenlignes (se nedenfor).</translation>
        </message>
        <message>
            <source>Break-even: the first volume at which in-house costs at most the route's total; every band where it does is solved on the Break-even sheet, up to the maximum on Inputs (Break_even_up_to).</source>
            <translation>Nullpunkt: det første volumet der egenproduksjon koster høyst like mye som alternativets total; hvert intervall der den gjør det, løses på arket Break-even, opp til maksimum på Inputs (Break_even_up_to).</translation>
        </message>
        <message>
            <source>Metal prices used</source>
            <translation>Metallpriser brukt</translation>
        </message>
        <message>
            <source>Metal</source>
            <translation>Metall</translation>
        </message>
        <message>
            <source>Per troy oz</source>
            <translation>Per troy oz</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <source>Price date</source>
            <translation>Prisdato</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Kilde</translation>
        </message>
        <message>
            <source>FX rates used</source>
            <translation>Valutakurser brukt</translation>
        </message>
        <message>
            <source>Rate used ({currency} per unit)</source>
            <translation>Kurs brukt ({currency} per enhet)</translation>
        </message>
        <message>
            <source>Rate date</source>
            <translation>Kursdato</translation>
        </message>
        <message>
            <source>As stored</source>
            <translation>Som lagret</translation>
        </message>
        <message>
            <source>How to recalculate</source>
            <translation>Slik regner du på nytt</translation>
        </message>
        <message>
            <source>Change any yellow cell on the Inputs sheet (a metal price, an FX rate, a tier price, a loss, a salary …): every total, per-piece cost and break-even follows.</source>
            <translation>Endre en gul celle på arket Inputs (en metallpris, en valutakurs, en trinnpris, et svinn, en lønn …): alle totaler, kostnader per stykk og nullpunkter følger etter.</translation>
        </message>
        <message>
            <source>Excel and LibreOffice recalculate on their own. If they do not: Excel, press F9 (Formulas ▸ Calculate Now); LibreOffice, Data ▸ Calculate ▸ Recalculate Hard (Ctrl+Shift+F9). Excel's Protected View (a file from e-mail or the web) does not calculate: the costs show once you click Enable Editing.</source>
            <translation>Excel og LibreOffice regner ut på nytt av seg selv. Gjør de ikke det: i Excel trykker du F9 (Formler ▸ Beregn nå); i LibreOffice Data ▸ Beregn ▸ Beregn alt på nytt (Ctrl+Shift+F9). Beskyttet visning i Excel (en fil fra e-post eller nettet) regner ikke: kostnadene vises når du klikker Aktiver redigering.</translation>
        </message>
        <message>
            <source>The structure is fixed when the file is written: which designs, routes, tiers and bill-of-materials lines there are. Change values, not rows; for another plan or scenario, export again from jewelbench.</source>
            <translation>Oppbygningen ligger fast når filen skrives: hvilke design, alternativer, pristrinn og materiallistelinjer som finnes. Endre verdier, ikke rader; for en annen plan eller et annet scenario eksporterer du på nytt fra jewelbench.</translation>
        </message>
        <message>
            <source>Cost comparison shows each figure's formula in words; docs/costing.md gives them all. Volume model and Volumes hold the totals for every volume and the break-even.</source>
            <translation>Arket Cost comparison viser formelen bak hvert tall i ord; docs/costing.md gir dem alle. Arkene Volume model og Volumes har totalene for hvert volum og nullpunktet.</translation>
        </message>
        <message>
            <source>Left out: {what}</source>
            <translation>Utelatt: {what}</translation>
        </message>
        <message>
            <source>Warnings and what was left out</source>
            <translation>Advarsler og det som er utelatt</translation>
        </message>
        <message>
            <source>Margin at the volume costed</source>
            <translation>Margin ved kalkulert volum</translation>
        </message>
        <message>
            <source>Design · route</source>
            <translation>Design · alternativ</translation>
        </message>
        <message>
            <source>Cost per piece</source>
            <translation>Kostnad per stykk</translation>
        </message>
        <message>
            <source>Wholesale</source>
            <translation>Engros</translation>
        </message>
        <message>
            <source>Margin</source>
            <translation>Margin</translation>
        </message>
        <message>
            <source>Margin %</source>
            <translation>Margin %</translation>
        </message>
        <message>
            <source>Markup %</source>
            <translation>Påslag %</translation>
        </message>
        <message>
            <source>Retail</source>
            <translation>Utsalg</translation>
        </message>
        <message>
            <source>LOSES MONEY</source>
            <translation>TAPER PENGER</translation>
        </message>
    </context>
    <context>
        <name>workbook_breakeven</name>
        <message>
            <source>Where a line may change</source>
            <translation>Der en linje kan endre seg</translation>
        </message>
        <message>
            <source>Segment from</source>
            <translation>Segment fra</translation>
        </message>
        <message>
            <source>to</source>
            <translation>til</translation>
        </message>
        <message>
            <source>In-house − route at from</source>
            <translation>Egenproduksjon − alternativ ved fra</translation>
        </message>
        <message>
            <source>at to</source>
            <translation>ved til</translation>
        </message>
        <message>
            <source>In-house ≤ route from</source>
            <translation>Egenproduksjon ≤ alternativ fra</translation>
        </message>
        <message>
            <source>Latest band end</source>
            <translation>Siste intervallslutt</translation>
        </message>
        <message>
            <source>Next band start</source>
            <translation>Neste intervallstart</translation>
        </message>
        <message>
            <source>A band starts</source>
            <translation>Et intervall starter</translation>
        </message>
        <message>
            <source>A band ends</source>
            <translation>Et intervall slutter</translation>
        </message>
        <message>
            <source>Band from</source>
            <translation>Intervall fra</translation>
        </message>
        <message>
            <source>Said</source>
            <translation>Sagt</translation>
        </message>
        <message>
            <source>Bands so far</source>
            <translation>Intervaller så langt</translation>
        </message>
        <message>
            <source>Break-even: where in-house costs at most each route</source>
            <translation>Nullpunkt: der egenproduksjon koster høyst like mye som hvert alternativ</translation>
        </message>
        <message>
            <source>Every band of volumes 1 … the maximum where in-house costs at most the route, solved on each segment between the volumes where a line changes (Volume model): change an input and the bands follow. Equal counts as in-house.</source>
            <translation>Hvert intervall av volumer 1 … maksimum der egenproduksjon koster høyst like mye som alternativet, løst på hvert segment mellom volumene der en linje endrer seg (Volume model): endre en inndataverdi, så følger intervallene etter. Likt regnes som egenproduksjon.</translation>
        </message>
        <message>
            <source>Searched up to (pieces a year)</source>
            <translation>Søkt opp til (stykk per år)</translation>
        </message>
        <message>
            <source>Inputs' Break_even_up_to, at least the Volume costed</source>
            <translation>Break_even_up_to på Inputs, minst kalkulert volum</translation>
        </message>
        <message>
            <source>People added at the maximum</source>
            <translation>Personer lagt til ved maksimum</translation>
        </message>
        <message>
            <source>Volumes at which a person is added</source>
            <translation>Volumer der en person legges til</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Added from</source>
            <translation>Lagt til fra</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Alternativ</translation>
        </message>
        <message>
            <source>First volume</source>
            <translation>Første volum</translation>
        </message>
        <message>
            <source>Bands</source>
            <translation>Intervaller</translation>
        </message>
        <message>
            <source>More people are added below the maximum than the {count} listed here: export again for exact bands</source>
            <translation>Flere personer legges til under maksimum enn de {count} som er listet her: eksporter på nytt for nøyaktige intervaller</translation>
        </message>
        <message>
            <source>The {count} people listed here cover the maximum</source>
            <translation>De {count} personene som er listet her, dekker maksimum</translation>
        </message>
        <message>
            <source>at {volume}</source>
            <translation>ved {volume}</translation>
        </message>
        <message>
            <source>between {start} and {end}</source>
            <translation>mellom {start} og {end}</translation>
        </message>
        <message>
            <source>{bands} and {band}</source>
            <translation>{bands} og {band}</translation>
        </message>
        <message>
            <source>none up to {volume}</source>
            <translation>ingen opp til {volume}</translation>
        </message>
        <message>
            <source>In-house is never cheaper than {route} up to {volume} pieces a year</source>
            <translation>Egenproduksjon er aldri billigere enn {route} opp til {volume} stk. per år</translation>
        </message>
        <message>
            <source>In-house is cheaper than {route} at every volume up to {volume} pieces a year</source>
            <translation>Egenproduksjon er billigere enn {route} ved alle volumer opp til {volume} stk. per år</translation>
        </message>
        <message>
            <source>In-house is cheaper than {route} {bands} pieces a year (searched up to {volume})</source>
            <translation>Egenproduksjon er billigere enn {route} {bands} stk. per år (søkt opp til {volume})</translation>
        </message>
    </context>
    <context>
        <name>workbook_cash</name>
        <message>
            <source>Cash over 36 months</source>
            <translation>Kontantstrøm over 36 måneder</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Måned</translation>
        </message>
        <message>
            <source>Present value</source>
            <translation>Nåverdi</translation>
        </message>
        <message>
            <source>Σ paid in month t ÷ (1 + cost of capital ÷ 12)^t</source>
            <translation>Σ betalt i måned t ÷ (1 + kapitalkostnad ÷ 12)^t</translation>
        </message>
        <message>
            <source>Payback against in-house</source>
            <translation>Tilbakebetaling mot egenproduksjon</translation>
        </message>
        <message>
            <source>the first month from which the cheaper cumulative cash (at the last month) stays cheaper; helper columns on the right</source>
            <translation>den første måneden fra da den billigste akkumulerte kontantstrømmen (ved siste måned) forblir billigst; hjelpekolonner til høyre</translation>
        </message>
        <message>
            <source>Cash paid each month at {pieces} pieces a year, in {currency}: jewelbench's figures at export (not recalculated here: export again after changing an input). Present values and paybacks are formulas over them and the cost of capital on Inputs.</source>
            <translation>Betalt hver måned ved {pieces} stk. per år, i {currency}: jewelbench sine tall ved eksport (regnes ikke ut på nytt her: eksporter på nytt etter å ha endret inndata). Nåverdier og tilbakebetaling er formler over dem og kapitalkostnaden på Inputs.</translation>
        </message>
        <message>
            <source>{route}: paid</source>
            <translation>{route}: betalt</translation>
        </message>
        <message>
            <source>{route}: cumulative</source>
            <translation>{route}: akkumulert</translation>
        </message>
        <message>
            <source>{route}: stays</source>
            <translation>{route}: forblir</translation>
        </message>
        <message>
            <source>none within {months} months</source>
            <translation>ingen innen {months} måneder</translation>
        </message>
        <message>
            <source>in-house</source>
            <translation>egenproduksjon</translation>
        </message>
        <message>
            <source>neither</source>
            <translation>ingen av dem</translation>
        </message>
        <message>
            <source>{side} is cheaper from that month</source>
            <translation>{side} er billigst fra den måneden</translation>
        </message>
        <message>
            <source>In-house</source>
            <translation>Egenproduksjon</translation>
        </message>
    </context>
    <context>
        <name>workbook_costs</name>
        <message>
            <source>Cost comparison — {subject}</source>
            <translation>Kostnadssammenligning — {subject}</translation>
        </message>
        <message>
            <source>At the Volume costed (Inputs), in {currency} a year unless marked per piece; every figure is a formula over Inputs, as docs/costing.md gives it.</source>
            <translation>Ved kalkulert volum (Inputs), i {currency} per år om ikke merket per stykk; hvert tall er en formel over Inputs, slik docs/costing.md gir den.</translation>
        </message>
        <message>
            <source>In-house ({scenario})</source>
            <translation>Egenproduksjon ({scenario})</translation>
        </message>
        <message>
            <source>warning: more bench hours than the benches give</source>
            <translation>advarsel: flere benketimer enn benkene gir</translation>
        </message>
        <message>
            <source>within the benches</source>
            <translation>innenfor benkene</translation>
        </message>
        <message>
            <source>Goods ({currency})</source>
            <translation>Varer ({currency})</translation>
        </message>
        <message>
            <source>{route} by component</source>
            <translation>{route} per kostnadsdel</translation>
        </message>
        <message>
            <source>Goods</source>
            <translation>Varer</translation>
        </message>
        <message>
            <source>Metal (re-priced)</source>
            <translation>Metall (omregnet)</translation>
        </message>
        <message>
            <source>Supplier freight by the piece</source>
            <translation>Leverandørens frakt per stykk</translation>
        </message>
        <message>
            <source>Pieces billed</source>
            <translation>Fakturerte stykk</translation>
        </message>
        <message>
            <source>Materials you supply</source>
            <translation>Materialer du leverer</translation>
        </message>
        <message>
            <source>Assists you supply</source>
            <translation>Tilskudd du leverer (assists)</translation>
        </message>
        <message>
            <source>Summary at the volume costed</source>
            <translation>Sammendrag ved kalkulert volum</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Alternativ</translation>
        </message>
        <message>
            <source>Total a year</source>
            <translation>Totalt per år</translation>
        </message>
        <message>
            <source>Per piece</source>
            <translation>Per stykk</translation>
        </message>
        <message>
            <source>Route − in-house</source>
            <translation>Alternativ − egenproduksjon</translation>
        </message>
        <message>
            <source>Break-even (pieces a year)</source>
            <translation>Nullpunkt (stykk per år)</translation>
        </message>
        <message>
            <source>Where in-house is cheaper</source>
            <translation>Der egenproduksjon er billigst</translation>
        </message>
        <message>
            <source>Rounding: per piece × pieces</source>
            <translation>Avrunding: per stykk × stykk</translation>
        </message>
        <message>
            <source>break-even: the first volume at which in-house costs at most the route; every band on the Break-even sheet</source>
            <translation>nullpunkt: det første volumet der egenproduksjon koster høyst like mye som alternativet; alle intervaller på arket Break-even</translation>
        </message>
        <message>
            <source>Materials of one piece at the costing date</source>
            <translation>Materialer i ett stykke på kalkyledatoen</translation>
        </message>
        <message>
            <source>From the bill of materials on Inputs, before any route's losses; bench minutes from the scenario's labour rows.</source>
            <translation>Fra materiallisten på Inputs, før noe alternativs svinn; benkeminutter fra scenarioets arbeidsrader.</translation>
        </message>
        <message>
            <source>Design</source>
            <translation>Design</translation>
        </message>
        <message>
            <source>Fine metal</source>
            <translation>Finmetall</translation>
        </message>
        <message>
            <source>Fine metal value</source>
            <translation>Finmetallverdi</translation>
        </message>
        <message>
            <source>Stones</source>
            <translation>Steiner</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Komponenter</translation>
        </message>
        <message>
            <source>Plating</source>
            <translation>Belegg</translation>
        </message>
        <message>
            <source>Packaging</source>
            <translation>Emballasje</translation>
        </message>
        <message>
            <source>Bench minutes</source>
            <translation>Benkeminutter</translation>
        </message>
        <message>
            <source>Priced abroad: metal</source>
            <translation>Priset i utenlandsk valuta: metall</translation>
        </message>
        <message>
            <source>In-house</source>
            <translation>Egenproduksjon</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planlagt</translation>
        </message>
        <message>
            <source>Pieces</source>
            <translation>Stykk</translation>
        </message>
        <message>
            <source>Metal</source>
            <translation>Metall</translation>
        </message>
        <message>
            <source>Consumables</source>
            <translation>Forbruksmateriell</translation>
        </message>
        <message>
            <source>Bench labour</source>
            <translation>Benkearbeid</translation>
        </message>
        <message>
            <source>Variable</source>
            <translation>Variabel</translation>
        </message>
        <message>
            <source>Remakes</source>
            <translation>Omlaging</translation>
        </message>
        <message>
            <source>Good piece, packed</source>
            <translation>Godkjent stykk, pakket</translation>
        </message>
        <message>
            <source>A year</source>
            <translation>Per år</translation>
        </message>
        <message>
            <source>Bench hours a year</source>
            <translation>Benketimer per år</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volum</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <source>In-house by component</source>
            <translation>Egenproduksjon per kostnadsdel</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Slik</translation>
        </message>
        <message>
            <source>Σ pieces × metal per piece</source>
            <translation>Σ stykk × metall per stykk</translation>
        </message>
        <message>
            <source>Σ pieces × stones per piece (with breakage)</source>
            <translation>Σ stykk × steiner per stykk (med brekkasje)</translation>
        </message>
        <message>
            <source>Σ pieces × findings</source>
            <translation>Σ stykk × komponenter</translation>
        </message>
        <message>
            <source>Σ pieces × plating</source>
            <translation>Σ stykk × belegg</translation>
        </message>
        <message>
            <source>Σ pieces × consumables per piece</source>
            <translation>Σ stykk × forbruksmateriell per stykk</translation>
        </message>
        <message>
            <source>Σ pieces × bench minutes ÷ 60 × loaded hourly rate (0 when the salaries pay it)</source>
            <translation>Σ stykk × benkeminutter ÷ 60 × timesats med påslag (0 når lønningene dekker det)</translation>
        </message>
        <message>
            <source>Σ pieces × a remake (variable less the recovered metal and stones) × e ÷ (1 − e)</source>
            <translation>Σ stykk × en omlaging (variabel minus gjenvunnet metall og steiner) × e ÷ (1 − e)</translation>
        </message>
        <message>
            <source>Σ pieces × packaging (good pieces only)</source>
            <translation>Σ stykk × emballasje (bare godkjente stykk)</translation>
        </message>
        <message>
            <source>Σ (cost − salvage) ÷ useful life, or Σ cost up front</source>
            <translation>Σ (kostnad − restverdi) ÷ levetid, eller Σ kostnad betalt på forhånd</translation>
        </message>
        <message>
            <source>12 × monthly overheads × the share carried</source>
            <translation>12 × faste kostnader per måned × andelen som bæres</translation>
        </message>
        <message>
            <source>12 × Σ monthly salary × headcount × the share carried</source>
            <translation>12 × Σ månedslønn × antall × andelen som bæres</translation>
        </message>
        <message>
            <source>people added × 12 × the step role's salary</source>
            <translation>personer lagt til × 12 × lønnen i rollen som legges til</translation>
        </message>
        <message>
            <source>cost of capital × Σ (cost + salvage) ÷ 2 (none up front)</source>
            <translation>kapitalkostnad × Σ (kostnad + restverdi) ÷ 2 (ingen ved betaling på forhånd)</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Kapasitet</translation>
        </message>
        <message>
            <source>Role added</source>
            <translation>Rolle lagt til</translation>
        </message>
        <message>
            <source>Bench hours needed a year</source>
            <translation>Benketimer som trengs per år</translation>
        </message>
        <message>
            <source>Σ whole pieces × bench minutes ÷ 60 ÷ (1 − e): remade pieces use the bench too</source>
            <translation>Σ hele stykk × benkeminutter ÷ 60 ÷ (1 − e): omlagede stykk bruker også benken</translation>
        </message>
        <message>
            <source>Staff's capacity a year</source>
            <translation>De ansattes kapasitet per år</translation>
        </message>
        <message>
            <source>12 × Σ headcount × hours a month</source>
            <translation>12 × Σ antall × timer per måned</translation>
        </message>
        <message>
            <source>People added</source>
            <translation>Personer lagt til</translation>
        </message>
        <message>
            <source>⌈(hours needed − capacity) ÷ (12 × the step role's hours a month)⌉, at least 0</source>
            <translation>⌈(timer som trengs − kapasitet) ÷ (12 × timene per måned i rollen som legges til)⌉, minst 0</translation>
        </message>
        <message>
            <source>Benches</source>
            <translation>Benker</translation>
        </message>
        <message>
            <source>the scenario's benches, or one per person (people added included), at least one</source>
            <translation>scenarioets benker, eller én per person (personer lagt til medregnet), minst én</translation>
        </message>
        <message>
            <source>Hours the benches give a year</source>
            <translation>Timer benkene gir per år</translation>
        </message>
        <message>
            <source>benches × hours one bench gives a year</source>
            <translation>benker × timer én benk gir per år</translation>
        </message>
        <message>
            <source>a warning when the bench hours needed pass what the benches give</source>
            <translation>en advarsel når benktimene som trengs, overstiger det benkene gir</translation>
        </message>
        <message>
            <source>Both totals as straight lines between the volumes where something steps (a design reaches its MOQ, a tier or its minimum order value; a person is added). The Volumes sheet adds them up for every volume. Each design is taken at its share n × planned ÷ plan total in one order a year: exact for one design bought in one order; for a plan it is the curve of the plan's mix, and the Cost comparison (whole pieces, orders) holds the figures at the Volume.</source>
            <translation>Begge totalene som rette linjer mellom volumene der noe endrer seg trinnvis (et design når sin MOQ, et pristrinn eller sin minste ordreverdi; en person legges til). Arket Volumes legger dem sammen for hvert volum. Hvert design tas med sin andel n × planlagt ÷ plantotal i én bestilling per år: nøyaktig for ett design kjøpt i én bestilling; for en plan er det kurven for planens miks, og arket Cost comparison (hele stykk, bestillinger) har tallene ved volumet.</translation>
        </message>
        <message>
            <source>In-house: fixed + per piece × n + per person × people added at n</source>
            <translation>Egenproduksjon: faste + per stykk × n + per person × personer lagt til ved n</translation>
        </message>
        <message>
            <source>Fixed a year</source>
            <translation>Faste per år</translation>
        </message>
        <message>
            <source>equipment + overheads + salaries + capital charge</source>
            <translation>utstyr + faste kostnader + lønninger + kapitalkostnad</translation>
        </message>
        <message>
            <source>Per piece (the plan's mix)</source>
            <translation>Per stykk (planens miks)</translation>
        </message>
        <message>
            <source>Σ planned × good piece, packed ÷ the plan's pieces</source>
            <translation>Σ planlagt × godkjent stykk, pakket ÷ planens stykk</translation>
        </message>
        <message>
            <source>Per person added, a year</source>
            <translation>Per person lagt til, per år</translation>
        </message>
        <message>
            <source>12 × the step role's monthly salary (× the share carried, allocated)</source>
            <translation>12 × månedslønnen i rollen som legges til (× andelen som bæres, fordelt)</translation>
        </message>
        <message>
            <source>Bench hours per piece</source>
            <translation>Benketimer per stykk</translation>
        </message>
        <message>
            <source>remakes included</source>
            <translation>omlaging medregnet</translation>
        </message>
        <message>
            <source>Staff's capacity, hours a year</source>
            <translation>De ansattes kapasitet, timer per år</translation>
        </message>
        <message>
            <source>× the share carried; incremental: what the other designs leave free</source>
            <translation>× andelen som bæres; merkostnad: det de andre designene lar være ledig</translation>
        </message>
        <message>
            <source>Step role's hours a year</source>
            <translation>Timer per år i rollen som legges til</translation>
        </message>
        <message>
            <source>× the share carried, allocated</source>
            <translation>× andelen som bæres, fordelt</translation>
        </message>
        <message>
            <source>Σ goods: billed × tier price (or topped up to the minimum order value) × rate</source>
            <translation>Σ varer: fakturert × trinnpris (eller fylt opp til minste ordreverdi) × kurs</translation>
        </message>
        <message>
            <source>Σ billed × fine metal × (1 + supplier loss) × fine price today (making-charge quotes)</source>
            <translation>Σ fakturert × finmetall × (1 + leverandørens svinn) × finpris i dag (tilbud med arbeidspris)</translation>
        </message>
        <message>
            <source>Σ billed × the BOM parts you supply</source>
            <translation>Σ fakturert × delene fra materiallisten du leverer</translation>
        </message>
        <message>
            <source>fees not refunded × rate ÷ the design's life in years (the yearly charge; the cash view pays each fee once)</source>
            <translation>gebyrer som ikke refunderes × kurs ÷ designets levetid i år (årlig kostnad; kontantstrømmen betaler hvert gebyr én gang)</translation>
        </message>
        <message>
            <source>supplier's (by the piece + shipments × per shipment × rate) + yours to the border (billed × per piece + shipments × per shipment) + yours inland after the border</source>
            <translation>leverandørens (per stykk + sendinger × per sending × kurs) + din til grensen (fakturert × per stykk + sendinger × per sending) + din innenlands etter grensen</translation>
        </message>
        <message>
            <source>insurance % × (goods + metal + freight to the border); EXW and FOB only</source>
            <translation>forsikring % × (varer + metall + frakt til grensen); bare EXW og FOB</translation>
        </message>
        <message>
            <source>duty % × customs value: goods + metal + assists (mould, tooling and CAD fees ÷ life + stones, findings, plating you supply; WTO CVA Art. 8.1(b)) (+ freight and insurance to the border on a CIF basis; inland freight never); none under DDP</source>
            <translation>tollsats % × tollverdi: varer + metall + tilskudd (gummiform-, verktøy- og CAD-gebyrer ÷ levetid + steiner, komponenter, belegg du leverer; WTO CVA art. 8.1(b)) (+ frakt og forsikring til grensen på CIF-grunnlag; aldri innenlands frakt); ingen ved DDP</translation>
        </message>
        <message>
            <source>import VAT % × (customs value + duty + inland freight; + freight and insurance to the border on a FOB basis) when you are not VAT-registered; reclaimed (0 here) when you are</source>
            <translation>import-MVA % × (tollverdi + toll + innenlands frakt; + frakt og forsikring til grensen på FOB-grunnlag) når du ikke er MVA-registrert; fradragsført (0 her) når du er det</translation>
        </message>
        <message>
            <source>buffer % × (goods + metal + fees + supplier freight); foreign quotes only</source>
            <translation>buffer % × (varer + metall + gebyrer + leverandørens frakt); bare tilbud i utenlandsk valuta</translation>
        </message>
        <message>
            <source>billed × per piece + shipments × per shipment</source>
            <translation>fakturert × per stykk + sendinger × per sending</translation>
        </message>
        <message>
            <source>(goods + metal + materials) × d ÷ (1 − d)</source>
            <translation>(varer + metall + materialer) × d ÷ (1 − d)</translation>
        </message>
        <message>
            <source>Billed</source>
            <translation>Fakturert</translation>
        </message>
        <message>
            <source>Tier from</source>
            <translation>Trinn fra</translation>
        </message>
        <message>
            <source>Tier price</source>
            <translation>Trinnpris</translation>
        </message>
        <message>
            <source>Basis metal per piece</source>
            <translation>Grunnlagsmetall per stykk</translation>
        </message>
        <message>
            <source>Minimum order value</source>
            <translation>Minste ordreverdi</translation>
        </message>
        <message>
            <source>Metal per billed piece</source>
            <translation>Metall per fakturert stykk</translation>
        </message>
        <message>
            <source>Freight per billed piece</source>
            <translation>Frakt per fakturert stykk</translation>
        </message>
        <message>
            <source>Materials per billed piece</source>
            <translation>Materialer per fakturert stykk</translation>
        </message>
        <message>
            <source>Assists per billed piece</source>
            <translation>Tilskudd per fakturert stykk</translation>
        </message>
        <message>
            <source>Sums</source>
            <translation>Summer</translation>
        </message>
        <message>
            <source>The year's total is a straight line in six sums: it is computed at no sums (its fixed part) and with one more of each; the difference is that sum's weight.</source>
            <translation>Årets total er en rett linje i seks summer: den regnes ut uten summer (den faste delen) og med én mer av hver; forskjellen er summens vekt.</translation>
        </message>
        <message>
            <source>Fixed</source>
            <translation>Fast</translation>
        </message>
        <message>
            <source>Weight of the sum</source>
            <translation>Summens vekt</translation>
        </message>
        <message>
            <source>Extras per billed piece</source>
            <translation>Tillegg per fakturert stykk</translation>
        </message>
        <message>
            <source>Tier low</source>
            <translation>Trinn nedre</translation>
        </message>
        <message>
            <source>Tier high</source>
            <translation>Trinn øvre</translation>
        </message>
        <message>
            <source>First volume in tier</source>
            <translation>Første volum i trinnet</translation>
        </message>
        <message>
            <source>First volume past it</source>
            <translation>Første volum forbi det</translation>
        </message>
        <message>
            <source>Volume reaching MOQ</source>
            <translation>Volum som når MOQ</translation>
        </message>
        <message>
            <source>Volume reaching MOV</source>
            <translation>Volum som når minste ordreverdi</translation>
        </message>
        <message>
            <source>Below MOQ: from</source>
            <translation>Under MOQ: fra</translation>
        </message>
        <message>
            <source>to (excl.)</source>
            <translation>til (ekskl.)</translation>
        </message>
        <message>
            <source>Under MOV: from</source>
            <translation>Under minste ordreverdi: fra</translation>
        </message>
        <message>
            <source>+ per piece</source>
            <translation>+ per stykk</translation>
        </message>
        <message>
            <source>Tier: from</source>
            <translation>Trinn: fra</translation>
        </message>
        <message>
            <source>per piece</source>
            <translation>per stykk</translation>
        </message>
        <message>
            <source>the printed total less the sum of the printed parts above (each rounded once)</source>
            <translation>den viste totalen minus summen av de viste delene over (hver avrundet én gang)</translation>
        </message>
        <message>
            <source>the printed year less the printed cost per piece × the Volume costed</source>
            <translation>det viste året minus den viste kostnaden per stykk × kalkulert volum</translation>
        </message>
        <message>
            <source>Salaried staff</source>
            <translation>Fastlønnede ansatte</translation>
        </message>
        <message>
            <source>Added staff (capacity)</source>
            <translation>Ansatte lagt til (kapasitet)</translation>
        </message>
        <message>
            <source>Supplier price</source>
            <translation>Leverandørpris</translation>
        </message>
        <message>
            <source>Freight</source>
            <translation>Frakt</translation>
        </message>
        <message>
            <source>Insurance</source>
            <translation>Forsikring</translation>
        </message>
        <message>
            <source>Import duty</source>
            <translation>Toll</translation>
        </message>
        <message>
            <source>FX risk buffer</source>
            <translation>Valutabuffer</translation>
        </message>
        <message>
            <source>Inspection</source>
            <translation>Inspeksjon</translation>
        </message>
        <message>
            <source>Defect allowance</source>
            <translation>Kassasjonsandel</translation>
        </message>
        <message>
            <source>Capital charge (equipment)</source>
            <translation>Kapitalkostnad (utstyr)</translation>
        </message>
        <message>
            <source>Import VAT (not reclaimed)</source>
            <translation>Import-MVA (ikke fradragsført)</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Utstyr</translation>
        </message>
        <message>
            <source>Overheads</source>
            <translation>Faste kostnader</translation>
        </message>
        <message>
            <source>Development fees</source>
            <translation>Utviklingsgebyrer</translation>
        </message>
        <message>
            <source>Rounding</source>
            <translation>Avrunding</translation>
        </message>
        <message>
            <source>Rounding: variable</source>
            <translation>Avrunding: variabel</translation>
        </message>
        <message>
            <source>Rounding: good piece</source>
            <translation>Avrunding: godkjent stykk</translation>
        </message>
        <message>
            <source>Rounding: a year</source>
            <translation>Avrunding: per år</translation>
        </message>
        <message>
            <source>Rounding: metal</source>
            <translation>Avrunding: metall</translation>
        </message>
        <message>
            <source>Rounding: freight</source>
            <translation>Avrunding: frakt</translation>
        </message>
        <message>
            <source>Rounding: materials</source>
            <translation>Avrunding: materialer</translation>
        </message>
        <message>
            <source>Rounding: assists</source>
            <translation>Avrunding: tilskudd</translation>
        </message>
        <message>
            <source>Volume model</source>
            <translation>Volummodell</translation>
        </message>
        <message>
            <source>cost</source>
            <translation>kostnad</translation>
        </message>
        <message>
            <source>Per piece: metal = fine metal value × ((1 + casting loss) × (1 + buyer premium) − casting loss × recovered); stones × (1 + breakage); labour = bench minutes ÷ 60 × loaded hourly rate; a remake = variable − fine metal value × recovered − stones × recoverable share, × e ÷ (1 − e); packaging after QC, not remade. Amounts priced abroad carry the in-house FX buffer.</source>
            <translation>Per stykk: metall = finmetallverdi × ((1 + støpesvinn) × (1 + småkjøpertillegg) − støpesvinn × gjenvunnet); steiner × (1 + brekkasje); arbeid = benkeminutter ÷ 60 × timesats med påslag; en omlaging = variabel − finmetallverdi × gjenvunnet − steiner × gjenvinnbar andel, × e ÷ (1 − e); emballasje etter QC, ikke laget om. Beløp priset i utenlandsk valuta får valutabufferen for egenproduksjon.</translation>
        </message>
        <message>
            <source>Pieces: whole pieces by largest remainder; bought in Orders_per_year orders of whole pieces, each order billed on its own: billed = max(order, MOQ); the tier is the highest the billed pieces of the order reach; goods = max(billed × tier price, minimum order value − billed × basis metal), × rate. Tier from and Tier price: those of the larger orders.</source>
            <translation>Stykk: hele stykk etter største rest; kjøpt i Orders_per_year bestillinger av hele stykk, hver bestilling fakturert for seg: fakturert = maks(bestilling, MOQ); pristrinnet er det høyeste berollens fakturerte stykk når; varer = maks(fakturert × trinnpris, minste ordreverdi − fakturert × grunnlagsmetall), × kurs. Trinn fra og Trinnpris: de for de største berollene.</translation>
        </message>
        <message>
            <source>For each tier of each design: the volumes n it prices (billed = max(n × planned ÷ plan, MOQ) between the tier's low and high), split below the MOQ (billed = MOQ), under the minimum order value, and beyond; cost at n = cost + per piece × n.</source>
            <translation>For hvert pristrinn i hvert design: volumene n det priser (fakturert = maks(n × planlagt ÷ plan, MOQ) mellom trinnets nedre og øvre grense), delt under MOQ (fakturert = MOQ), under minste ordreverdi og over; kostnad ved n = kostnad + per stykk × n.</translation>
        </message>
    </context>
    <context>
        <name>workbook_inputs</name>
        <message>
            <source>The newest rate on or before the costing date for each currency; the rate used converts 1 unit into {currency} (the inverse when only the opposite rate is stored), with the FX change.</source>
            <translation>Den nyeste kursen på eller før kalkyledatoen for hver valuta; kursen som brukes, regner 1 enhet om til {currency} (den inverse når bare den motsatte kursen er lagret), med valutaendringen.</translation>
        </message>
        <message>
            <source>Rate used ({currency} per unit)</source>
            <translation>Kurs brukt ({currency} per enhet)</translation>
        </message>
        <message>
            <source>{pair} (inverted)</source>
            <translation>{pair} (invertert)</translation>
        </message>
        <message>
            <source>Fine metal per g ({currency})</source>
            <translation>Finmetall per g ({currency})</translation>
        </message>
        <message>
            <source>In-house scenario: {scenario}</source>
            <translation>Scenario for egenproduksjon: {scenario}</translation>
        </message>
        <message>
            <source>Amounts in {currency}.</source>
            <translation>Beløp i {currency}.</translation>
        </message>
        <message>
            <source>Amounts in {currency}, converted at {rate}.</source>
            <translation>Beløp i {currency}, regnet om med {rate}.</translation>
        </message>
        <message>
            <source>{base} per {currency}</source>
            <translation>{base} per {currency}</translation>
        </message>
        <message>
            <source>Plan: {plan}</source>
            <translation>Plan: {plan}</translation>
        </message>
        <message>
            <source>Metal: finished weight × fineness ÷ 1000 = fine metal, × the fine price per g. Other parts: quantity × unit cost, converted to {currency}.</source>
            <translation>Metall: ferdigvekt × finhet ÷ 1000 = finmetall, × finprisen per g. Andre deler: antall × enhetskostnad, regnet om til {currency}.</translation>
        </message>
        <message>
            <source>A route is one supplier's offer for the plan. Amounts you pay (freight, inspection) are in {currency}; the supplier's in its quote currency.</source>
            <translation>Et alternativ er én leverandørs tilbud for planen. Beløp du betaler (frakt, inspeksjon) er i {currency}; leverandørens i tilbudsvalutaen.</translation>
        </message>
        <message>
            <source>Retail price</source>
            <translation>Utsalgspris</translation>
        </message>
        <message>
            <source>Rate used</source>
            <translation>Kurs brukt</translation>
        </message>
        <message>
            <source>Own wholesale price</source>
            <translation>Egen engrospris</translation>
        </message>
        <message>
            <source>Wholesale used</source>
            <translation>Engrospris brukt</translation>
        </message>
        <message>
            <source>Retail</source>
            <translation>Utsalg</translation>
        </message>
        <message>
            <source>Materials a piece</source>
            <translation>Materialer per stykk</translation>
        </message>
        <message>
            <source>Share of a route</source>
            <translation>Andel av et alternativ</translation>
        </message>
        <message>
            <source>Selling prices (margin)</source>
            <translation>Salgspriser (margin)</translation>
        </message>
        <message>
            <source>Wholesale used: the design's own wholesale price, else its retail price × the wholesale factor. A plan's route is shared among its designs by the value of their materials (planned pieces × materials a piece).</source>
            <translation>Engrospris brukt: designets egen engrospris, ellers utsalgsprisen × engrosfaktoren. Et alternativ for en plan deles mellom designene etter verdien av materialene deres (planlagte stykk × materialer per stykk).</translation>
        </message>
        <message>
            <source>Wholesale factor</source>
            <translation>Engrosfaktor</translation>
        </message>
        <message>
            <source>wholesale = retail × this, for designs without their own (above 0, at most 1)</source>
            <translation>engros = utsalg × denne, for design uten egen (over 0, høyst 1)</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>Inndata</translation>
        </message>
        <message>
            <source>Design</source>
            <translation>Design</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Vare</translation>
        </message>
        <message>
            <source>Alloy</source>
            <translation>Legering</translation>
        </message>
        <message>
            <source>Finished weight</source>
            <translation>Ferdigvekt</translation>
        </message>
        <message>
            <source>Fineness</source>
            <translation>Finhet</translation>
        </message>
        <message>
            <source>Fine metal</source>
            <translation>Finmetall</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Antall</translation>
        </message>
        <message>
            <source>Unit cost</source>
            <translation>Enhetskostnad</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <source>Per piece</source>
            <translation>Per stykk</translation>
        </message>
        <message>
            <source>Yellow cells are inputs: change one and every cost in the workbook follows. Each has a defined name (Excel: Formulas ▸ Name Manager; LibreOffice: Sheet ▸ Named Ranges). Percentages are % cells: type 6% or 0.06.</source>
            <translation>Gule celler er inndata: endre én, så følger alle kostnadene i regnearket etter. Hver har et definert navn (Excel: Formler ▸ Navnebehandling; LibreOffice: Ark ▸ Navngitte områder). Prosenter er %-celler: skriv 6% eller 0,06.</translation>
        </message>
        <message>
            <source>Break-evens searched up to (pieces a year)</source>
            <translation>Nullpunkter søkes opp til (stykk per år)</translation>
        </message>
        <message>
            <source>the Break-even sheet solves every band from 1 to here (at least the Volume)</source>
            <translation>arket Break-even løser hvert intervall fra 1 til hit (minst volumet)</translation>
        </message>
        <message>
            <source>Costing</source>
            <translation>Kalkyle</translation>
        </message>
        <message>
            <source>Costing date</source>
            <translation>Kalkyledato</translation>
        </message>
        <message>
            <source>prices and rates below are the newest on or before it; for another date, export again</source>
            <translation>prisene og kursene nedenfor er de nyeste på eller før den; for en annen dato eksporterer du på nytt</translation>
        </message>
        <message>
            <source>Base currency</source>
            <translation>Basisvaluta</translation>
        </message>
        <message>
            <source>every cost is in it</source>
            <translation>alle kostnader er i den</translation>
        </message>
        <message>
            <source>Volume costed (pieces a year)</source>
            <translation>Kalkulert volum (stykk per år)</translation>
        </message>
        <message>
            <source>the plan's mix: each design gets Volume × its planned pieces ÷ the plan's, in whole pieces (largest remainder)</source>
            <translation>planens miks: hvert design får volum × sine planlagte stykk ÷ planens, i hele stykk (største rest)</translation>
        </message>
        <message>
            <source>Volumes tabled (Volumes sheet)</source>
            <translation>Volumer i tabellen (arket Volumes)</translation>
        </message>
        <message>
            <source>both totals at every volume from 1 to here, for the chart</source>
            <translation>begge totalene ved hvert volum fra 1 til hit, for diagrammet</translation>
        </message>
        <message>
            <source>Grams in a troy ounce</source>
            <translation>Gram i en troyunse</translation>
        </message>
        <message>
            <source>Metal price change (what-if)</source>
            <translation>Endring i metallpris (hva-om)</translation>
        </message>
        <message>
            <source>+10 % = every metal price 10 % above the dated price</source>
            <translation>+10 % = hver metallpris 10 % over den daterte prisen</translation>
        </message>
        <message>
            <source>FX change (what-if)</source>
            <translation>Valutaendring (hva-om)</translation>
        </message>
        <message>
            <source>+10 % = every foreign currency 10 % dearer</source>
            <translation>+10 % = hver utenlandsk valuta 10 % dyrere</translation>
        </message>
        <message>
            <source>FX rates</source>
            <translation>Valutakurser</translation>
        </message>
        <message>
            <source>Rate as stored</source>
            <translation>Kurs som lagret</translation>
        </message>
        <message>
            <source>Stored as</source>
            <translation>Lagret som</translation>
        </message>
        <message>
            <source>Rate date</source>
            <translation>Kursdato</translation>
        </message>
        <message>
            <source>Metal prices</source>
            <translation>Metallpriser</translation>
        </message>
        <message>
            <source>Per troy ounce of fine (pure) metal, the newest on or before the costing date; per gram of fine metal in the base currency with the metal price change.</source>
            <translation>Per troyunse finmetall (rent metall), den nyeste på eller før kalkyledatoen; per gram finmetall i basisvalutaen med endringen i metallpris.</translation>
        </message>
        <message>
            <source>Metal</source>
            <translation>Metall</translation>
        </message>
        <message>
            <source>Price per troy oz</source>
            <translation>Pris per troy oz</translation>
        </message>
        <message>
            <source>Price date</source>
            <translation>Prisdato</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Kilde</translation>
        </message>
        <message>
            <source>Alloys</source>
            <translation>Legeringer</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Scenario currency rate</source>
            <translation>Kurs for scenarioets valuta</translation>
        </message>
        <message>
            <source>Loaded hourly rate</source>
            <translation>Timesats med påslag</translation>
        </message>
        <message>
            <source>bench labour, per hour</source>
            <translation>benkearbeid, per time</translation>
        </message>
        <message>
            <source>Casting loss</source>
            <translation>Støpesvinn</translation>
        </message>
        <message>
            <source>Small-buyer premium on metal</source>
            <translation>Småkjøpertillegg på metall</translation>
        </message>
        <message>
            <source>Stone breakage</source>
            <translation>Steinbrekkasje</translation>
        </message>
        <message>
            <source>Error rate (remakes)</source>
            <translation>Feilandel (omlaging)</translation>
        </message>
        <message>
            <source>a good piece costs variable ÷ (1 − error rate); below 100 %</source>
            <translation>et godkjent stykk koster variabel ÷ (1 − feilandel); under 100 %</translation>
        </message>
        <message>
            <source>Consumables per piece</source>
            <translation>Forbruksmateriell per stykk</translation>
        </message>
        <message>
            <source>Equipment paid up front</source>
            <translation>Utstyr betalt på forhånd</translation>
        </message>
        <message>
            <source>TRUE: the year carries the equipment's cost; FALSE: its depreciation</source>
            <translation>SANN: året bærer utstyrets kostnad; USANN: avskrivningen</translation>
        </message>
        <message>
            <source>Bench labour paid by the salaries</source>
            <translation>Benkearbeid dekket av lønningene</translation>
        </message>
        <message>
            <source>TRUE: bench minutes cost nothing on top of the salaries (they still use capacity)</source>
            <translation>SANN: benkeminutter koster ingenting i tillegg til lønningene (de bruker fortsatt kapasitet)</translation>
        </message>
        <message>
            <source>Recoverable share (casting loss, failed pieces)</source>
            <translation>Gjenvinnbar andel (støpesvinn, kasserte stykk)</translation>
        </message>
        <message>
            <source>of the casting loss and of a failed piece's metal and stones</source>
            <translation>av støpesvinnet og av metallet og steinene i et kassert stykk</translation>
        </message>
        <message>
            <source>Refining charge</source>
            <translation>Raffineringskostnad</translation>
        </message>
        <message>
            <source>of the recovered metal's value at the fine price</source>
            <translation>av verdien av det gjenvunne metallet til finpris</translation>
        </message>
        <message>
            <source>Recovered, of a gram's value</source>
            <translation>Gjenvunnet, av verdien av et gram</translation>
        </message>
        <message>
            <source>recoverable share × (1 − refining charge)</source>
            <translation>gjenvinnbar andel × (1 − raffineringskostnad)</translation>
        </message>
        <message>
            <source>FX risk buffer on in-house inputs</source>
            <translation>Valutabuffer på innsatsfaktorer i egenproduksjon</translation>
        </message>
        <message>
            <source>on metal, BOM lines and scenario amounts priced in a foreign currency</source>
            <translation>på metall, materiallistelinjer og scenariobeløp priset i utenlandsk valuta</translation>
        </message>
        <message>
            <source>Scenario amounts in the base currency</source>
            <translation>Scenariobeløp i basisvalutaen</translation>
        </message>
        <message>
            <source>the scenario's rate with the buffer</source>
            <translation>scenarioets kurs med bufferen</translation>
        </message>
        <message>
            <source>the scenario is kept in the base currency: no buffer</source>
            <translation>scenarioet føres i basisvalutaen: ingen buffer</translation>
        </message>
        <message>
            <source>Cost of capital a year</source>
            <translation>Kapitalkostnad per år</translation>
        </message>
        <message>
            <source>Hours one bench gives a year</source>
            <translation>Timer én benk gir per år</translation>
        </message>
        <message>
            <source>above 0</source>
            <translation>over 0</translation>
        </message>
        <message>
            <source>Benches</source>
            <translation>Benker</translation>
        </message>
        <message>
            <source>0: one bench per person on the staff (people added included), at least one</source>
            <translation>0: én benk per ansatt (personer lagt til medregnet), minst én</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Utstyr</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kostnad</translation>
        </message>
        <message>
            <source>Useful life</source>
            <translation>Levetid</translation>
        </message>
        <message>
            <source>Salvage value</source>
            <translation>Restverdi</translation>
        </message>
        <message>
            <source>Depreciation a year</source>
            <translation>Avskrivning per år</translation>
        </message>
        <message>
            <source>Share carried</source>
            <translation>Andel som bæres</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <source>Fixed-cost basis</source>
            <translation>Grunnlag for faste kostnader</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>Grunnlag</translation>
        </message>
        <message>
            <source>the whole workshop</source>
            <translation>hele verkstedet</translation>
        </message>
        <message>
            <source>Share of the workshop carried</source>
            <translation>Andel av verkstedet som bæres</translation>
        </message>
        <message>
            <source>of shared equipment, overheads, salaries and the staff's capacity</source>
            <translation>av delt utstyr, faste kostnader, lønninger og de ansattes kapasitet</translation>
        </message>
        <message>
            <source>Incremental: other designs' bench hours</source>
            <translation>Merkostnad: andre designs benketimer</translation>
        </message>
        <message>
            <source>a year, remakes included: they use the staff's capacity first</source>
            <translation>per år, omlaging medregnet: de bruker de ansattes kapasitet først</translation>
        </message>
        <message>
            <source>Overhead</source>
            <translation>Fast kostnad</translation>
        </message>
        <message>
            <source>Per month</source>
            <translation>Per måned</translation>
        </message>
        <message>
            <source>Total a month</source>
            <translation>Totalt per måned</translation>
        </message>
        <message>
            <source>Staff role</source>
            <translation>Stilling</translation>
        </message>
        <message>
            <source>Monthly salary</source>
            <translation>Månedslønn</translation>
        </message>
        <message>
            <source>Headcount</source>
            <translation>Antall</translation>
        </message>
        <message>
            <source>Hours a month</source>
            <translation>Timer per måned</translation>
        </message>
        <message>
            <source>Cost of an hour</source>
            <translation>Kostnad per time</translation>
        </message>
        <message>
            <source>Capacity limit</source>
            <translation>Kapasitetsgrense</translation>
        </message>
        <message>
            <source>no salaried staff: no capacity limit</source>
            <translation>ingen fastlønnede ansatte: ingen kapasitetsgrense</translation>
        </message>
        <message>
            <source>Role added for capacity</source>
            <translation>Rolle som legges til for kapasitet</translation>
        </message>
        <message>
            <source>Its monthly salary</source>
            <translation>Dens månedslønn</translation>
        </message>
        <message>
            <source>Its hours a month</source>
            <translation>Dens timer per måned</translation>
        </message>
        <message>
            <source>the staff's hours a month; more bench hours add people one at a time</source>
            <translation>de ansattes timer per måned; flere benketimer legger til personer én om gangen</translation>
        </message>
        <message>
            <source>as the scenario names it</source>
            <translation>slik scenarioet kaller den</translation>
        </message>
        <message>
            <source>the role whose hour is cheapest (the first, on a tie)</source>
            <translation>rollen med billigst time (den første ved likhet)</translation>
        </message>
        <message>
            <source>Labour operation</source>
            <translation>Arbeidsoperasjon</translation>
        </message>
        <message>
            <source>Minutes per piece</source>
            <translation>Minutter per stykk</translation>
        </message>
        <message>
            <source>an empty design: every design without its own figure</source>
            <translation>tomt design: hvert design uten eget tall</translation>
        </message>
        <message>
            <source>Pieces a year planned for each design: the mix the Volume is spread by.</source>
            <translation>Stykk per år planlagt for hvert design: miksen volumet fordeles etter.</translation>
        </message>
        <message>
            <source>Planned pieces a year</source>
            <translation>Planlagte stykk per år</translation>
        </message>
        <message>
            <source>Orders a year</source>
            <translation>Bestillinger per år</translation>
        </message>
        <message>
            <source>MOQ, tiers and minimum order value apply to each order; each order is shipped at least once</source>
            <translation>MOQ, pristrinn og minste ordreverdi gjelder hver bestilling; hver bestilling sendes minst én gang</translation>
        </message>
        <message>
            <source>Bill of materials of the costed designs (one piece)</source>
            <translation>Materialliste for de kalkulerte designene (ett stykk)</translation>
        </message>
        <message>
            <source>Quote currency</source>
            <translation>Tilbudsvaluta</translation>
        </message>
        <message>
            <source>Incoterm (EXW, FOB, CIF, DDP)</source>
            <translation>Incoterm (EXW, FOB, CIF, DDP)</translation>
        </message>
        <message>
            <source>Import duty</source>
            <translation>Toll</translation>
        </message>
        <message>
            <source>Duty charged on (CIF or FOB value)</source>
            <translation>Toll beregnet av (CIF- eller FOB-verdi)</translation>
        </message>
        <message>
            <source>Cargo insurance (EXW and FOB quotes)</source>
            <translation>Vareforsikring (tilbud EXW og FOB)</translation>
        </message>
        <message>
            <source>Your freight to the border per shipment</source>
            <translation>Din frakt til grensen per sending</translation>
        </message>
        <message>
            <source>Your freight to the border per piece</source>
            <translation>Din frakt til grensen per stykk</translation>
        </message>
        <message>
            <source>Inspection per shipment</source>
            <translation>Inspeksjon per sending</translation>
        </message>
        <message>
            <source>Inspection per piece</source>
            <translation>Inspeksjon per stykk</translation>
        </message>
        <message>
            <source>FX risk buffer (foreign quotes)</source>
            <translation>Valutabuffer (tilbud i utenlandsk valuta)</translation>
        </message>
        <message>
            <source>Defect allowance</source>
            <translation>Kassasjonsandel</translation>
        </message>
        <message>
            <source>Shipments a year</source>
            <translation>Sendinger per år</translation>
        </message>
        <message>
            <source>Life of one-time fees, years (the design's or plan's)</source>
            <translation>Levetid for engangsgebyrer, år (designets eller planens)</translation>
        </message>
        <message>
            <source>Supplier's metal loss (making-charge quotes)</source>
            <translation>Leverandørens metallsvinn (tilbud med arbeidspris)</translation>
        </message>
        <message>
            <source>BOM parts you supply</source>
            <translation>Deler fra materiallisten du leverer</translation>
        </message>
        <message>
            <source>Invoiced in a foreign currency</source>
            <translation>Fakturert i utenlandsk valuta</translation>
        </message>
        <message>
            <source>One-time fees not refunded on order</source>
            <translation>Engangsgebyrer som ikke refunderes ved bestilling</translation>
        </message>
        <message>
            <source>Supplier freight per shipment</source>
            <translation>Leverandørens frakt per sending</translation>
        </message>
        <message>
            <source>Your inland freight per shipment (after the border)</source>
            <translation>Din innenlandske frakt per sending (etter grensen)</translation>
        </message>
        <message>
            <source>Your inland freight per piece (after the border)</source>
            <translation>Din innenlandske frakt per stykk (etter grensen)</translation>
        </message>
        <message>
            <source>Assists in the customs value (WTO CVA Art. 8.1(b))</source>
            <translation>Tilskudd (assists) i tollverdien (WTO CVA art. 8.1(b))</translation>
        </message>
        <message>
            <source>Mould, tooling and CAD fees not refunded (assists)</source>
            <translation>Gummigummiform-, verktøy- og CAD-gebyrer som ikke refunderes (tilskudd)</translation>
        </message>
        <message>
            <source>Import VAT</source>
            <translation>Import-MVA</translation>
        </message>
        <message>
            <source>VAT-registered (import VAT reclaimed)</source>
            <translation>MVA-registrert (import-MVA fradragsført)</translation>
        </message>
        <message>
            <source>Duty basis from (the importing country's rule, or your choice)</source>
            <translation>Tollgrunnlag fra (importlandets regel, eller ditt valg)</translation>
        </message>
        <message>
            <source>Landed-cost terms, by route</source>
            <translation>Vilkår for levert kostpris, per alternativ</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Alternativ</translation>
        </message>
        <message>
            <source>Quotes used</source>
            <translation>Tilbud brukt</translation>
        </message>
        <message>
            <source>The quote that prices each design on each route: minimum order (MOQ), minimum order value, metal basis of a making charge, freight the supplier invoices.</source>
            <translation>Tilbudet som priser hvert design i hvert alternativ: minste bestillingsmengde (MOQ), minste ordreverdi, metallgrunnlag for en arbeidspris, frakt leverandøren fakturerer.</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Tilbud</translation>
        </message>
        <message>
            <source>Pricing basis</source>
            <translation>Prisgrunnlag</translation>
        </message>
        <message>
            <source>Metal basis per g</source>
            <translation>Metallgrunnlag per g</translation>
        </message>
        <message>
            <source>Minimum order value</source>
            <translation>Minste ordreverdi</translation>
        </message>
        <message>
            <source>Freight per shipment</source>
            <translation>Frakt per sending</translation>
        </message>
        <message>
            <source>Freight per piece</source>
            <translation>Frakt per stykk</translation>
        </message>
        <message>
            <source>Quoted on</source>
            <translation>Tilbudsdato</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Gyldig til</translation>
        </message>
        <message>
            <source>making charge + metal</source>
            <translation>arbeidspris + metall</translation>
        </message>
        <message>
            <source>all-in price</source>
            <translation>pris alt inkludert</translation>
        </message>
        <message>
            <source>Quote tiers used</source>
            <translation>Pristrinn brukt</translation>
        </message>
        <message>
            <source>Unit price from each minimum quantity, in rising order: the billed quantity takes the highest tier it reaches (the first below it).</source>
            <translation>Enhetspris fra hvert minsteantall, i stigende rekkefølge: det fakturerte antallet får det høyeste trinnet det når (det første under det).</translation>
        </message>
        <message>
            <source>From (pieces)</source>
            <translation>Fra (stykk)</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Enhetspris</translation>
        </message>
        <message>
            <source>Development fees used</source>
            <translation>Utviklingsgebyrer brukt</translation>
        </message>
        <message>
            <source>One-time fees; a fee refunded on order is left out of the cost.</source>
            <translation>Engangsgebyrer; et gebyr som refunderes ved bestilling, holdes utenfor kostnaden.</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Gebyr</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Beløp</translation>
        </message>
        <message>
            <source>Refunded on order</source>
            <translation>Refunderes ved bestilling</translation>
        </message>
        <message>
            <source>as entered</source>
            <translation>som registrert</translation>
        </message>
        <message>
            <source>Fineness in parts per thousand of fine metal (750 = 18k gold).</source>
            <translation>Finhet i promille finmetall (750 = 18 karat gull).</translation>
        </message>
        <message>
            <source>capital charge = rate × Σ (cost + salvage) ÷ 2; never negative</source>
            <translation>kapitalkostnad = sats × Σ (kostnad + restverdi) ÷ 2; aldri negativ</translation>
        </message>
        <message>
            <source>metal</source>
            <translation>metall</translation>
        </message>
        <message>
            <source>stones</source>
            <translation>steiner</translation>
        </message>
        <message>
            <source>findings</source>
            <translation>komponenter</translation>
        </message>
        <message>
            <source>plating</source>
            <translation>belegg</translation>
        </message>
        <message>
            <source>packaging</source>
            <translation>emballasje</translation>
        </message>
        <message>
            <source>(nothing)</source>
            <translation>(ingenting)</translation>
        </message>
    </context>
    <context>
        <name>workbook_listings</name>
        <message>
            <source>Designs</source>
            <translation>Design</translation>
        </message>
        <message>
            <source>Bill of materials</source>
            <translation>Materialliste</translation>
        </message>
        <message>
            <source>Suppliers</source>
            <translation>Leverandører</translation>
        </message>
        <message>
            <source>Quotes and tiers</source>
            <translation>Tilbud og pristrinn</translation>
        </message>
        <message>
            <source>Development fees</source>
            <translation>Utviklingsgebyrer</translation>
        </message>
        <message>
            <source>Sample rounds</source>
            <translation>Prøverunder</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Kolleksjon</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Target retail price</source>
            <translation>Ønsket utsalgspris</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Opprettet</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Oppdatert</translation>
        </message>
        <message>
            <source>Wholesale price</source>
            <translation>Engrospris</translation>
        </message>
        <message>
            <source>Wholesale currency</source>
            <translation>Engrosvaluta</translation>
        </message>
        <message>
            <source>Design code</source>
            <translation>Designkode</translation>
        </message>
        <message>
            <source>Tiers</source>
            <translation>Pristrinn</translation>
        </message>
        <message>
            <source>Design name</source>
            <translation>Designnavn</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Linje</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Posisjon</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Vare</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detaljer</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Antall</translation>
        </message>
        <message>
            <source>Weight (g)</source>
            <translation>Vekt (g)</translation>
        </message>
        <message>
            <source>Size (mm)</source>
            <translation>Størrelse (mm)</translation>
        </message>
        <message>
            <source>Carat</source>
            <translation>Karat</translation>
        </message>
        <message>
            <source>Length (mm)</source>
            <translation>Lengde (mm)</translation>
        </message>
        <message>
            <source>Thickness (µm)</source>
            <translation>Tykkelse (µm)</translation>
        </message>
        <message>
            <source>Unit cost</source>
            <translation>Enhetskostnad</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Capabilities</source>
            <translation>Kompetanse</translation>
        </message>
        <message>
            <source>Certifications</source>
            <translation>Sertifiseringer</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakter</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notater</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>Tilbud</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Leverandør</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revisjon</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referanse</translation>
        </message>
        <message>
            <source>Quoted on</source>
            <translation>Tilbudsdato</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Gyldig til</translation>
        </message>
        <message>
            <source>MOQ</source>
            <translation>MOQ</translation>
        </message>
        <message>
            <source>Tier from</source>
            <translation>Trinn fra</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Enhetspris</translation>
        </message>
        <message>
            <source>Pricing basis</source>
            <translation>Prisgrunnlag</translation>
        </message>
        <message>
            <source>Metal price basis per g</source>
            <translation>Metallprisgrunnlag per g</translation>
        </message>
        <message>
            <source>Refundable fees</source>
            <translation>Refunderbare gebyrer</translation>
        </message>
        <message>
            <source>Sample lead time (days)</source>
            <translation>Leveringstid for vareprøve (dager)</translation>
        </message>
        <message>
            <source>Production lead time (days)</source>
            <translation>Leveringstid for produksjon (dager)</translation>
        </message>
        <message>
            <source>Deposit %</source>
            <translation>Forskudd %</translation>
        </message>
        <message>
            <source>Incoterm</source>
            <translation>Incoterm</translation>
        </message>
        <message>
            <source>Freight per shipment</source>
            <translation>Frakt per sending</translation>
        </message>
        <message>
            <source>Freight per piece</source>
            <translation>Frakt per stykk</translation>
        </message>
        <message>
            <source>Minimum order value</source>
            <translation>Minste ordreverdi</translation>
        </message>
        <message>
            <source>Supplier metal loss %</source>
            <translation>Leverandørens metallsvinn %</translation>
        </message>
        <message>
            <source>Parts the brand supplies</source>
            <translation>Deler merkevaren leverer</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Gebyr</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Beløp</translation>
        </message>
        <message>
            <source>Refundable on order</source>
            <translation>Refunderes ved bestilling</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Runde</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>Forespurt</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Mottatt</translation>
        </message>
        <message>
            <source>Measured weight (g)</source>
            <translation>Målt vekt (g)</translation>
        </message>
        <message>
            <source>QC passed</source>
            <translation>QC bestått</translation>
        </message>
        <message>
            <source>QC failed</source>
            <translation>QC ikke bestått</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Beslutning</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Besluttet</translation>
        </message>
        <message>
            <source>DFM feedback</source>
            <translation>DFM-tilbakemelding</translation>
        </message>
        <message>
            <source>Accepted deviations</source>
            <translation>Godkjente avvik</translation>
        </message>
        <message>
            <source>Reason for the deviations</source>
            <translation>Grunn til avvikene</translation>
        </message>
        <message>
            <source>Tier {number} from</source>
            <translation>Trinn {number} fra</translation>
        </message>
        <message>
            <source>Tier {number} unit price</source>
            <translation>Trinn {number} enhetspris</translation>
        </message>
    </context>
    <context>
        <name>workbook_units</name>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>h</source>
            <translation>t</translation>
        </message>
        <message>
            <source>h/month</source>
            <translation>t/mnd.</translation>
        </message>
        <message>
            <source>year</source>
            <translation>år</translation>
        </message>
        <message>
            <source>years</source>
            <translation>år</translation>
        </message>
        <message>
            <source>day</source>
            <translation>dag</translation>
        </message>
        <message>
            <source>days</source>
            <translation>dager</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nei</translation>
        </message>
        <message>
            <source>Gold</source>
            <translation>Gull</translation>
        </message>
        <message>
            <source>Silver</source>
            <translation>Sølv</translation>
        </message>
        <message>
            <source>Platinum</source>
            <translation>Platina</translation>
        </message>
        <message>
            <source>Palladium</source>
            <translation>Palladium</translation>
        </message>
        <message>
            <source>yyyy-mm-dd</source>
            <translation>dd.mm.yyyy</translation>
        </message>
    </context>
    <context>
        <name>workbook_volumes</name>
        <message>
            <source>Pieces a year</source>
            <translation>Stykk per år</translation>
        </message>
        <message>
            <source>People added</source>
            <translation>Personer lagt til</translation>
        </message>
        <message>
            <source>In-house</source>
            <translation>Egenproduksjon</translation>
        </message>
        <message>
            <source>In-house ≤ {route}</source>
            <translation>Egenproduksjon ≤ {route}</translation>
        </message>
        <message>
            <source>Cost a year against pieces a year</source>
            <translation>Kostnad per år mot stykk per år</translation>
        </message>
        <message>
            <source>{currency} a year</source>
            <translation>{currency} per år</translation>
        </message>
    </context>
</TS>
