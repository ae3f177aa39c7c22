import type { Begriff } from '../schema/vokabular.ts';

/**
 * The 2021 party resolution the promise tracker follows. Its six demands are a closed list (the
 * text does not change), so they are a vocabulary: `forderungen.csv` refers to them by `wert`.
 * Everything here is paraphrased; `zeilen` are the line numbers of the resolution text.
 */
export const BESCHLUSS = {
  titel: 'Integration anpacken',
  kennung: 'Beschluss WP8.2',
  /**
   * The body: the resolution itself says only "LDK", which readers outside the party do not know,
   * so pages write the full name and explain the abbreviation wherever it appears.
   */
  gremium: 'Landesdelegiertenkonferenz',
  gremiumKurz: 'LDK',
  /** Whose body it is; the tracker must say so plainly (issue 15). */
  partei: 'Bündnis 90/Die Grünen Mecklenburg-Vorpommern',
  datum: '2021-06-05',
  tagesordnungspunkt: 'WP8. Wir öffnen unsere Gesellschaft für alle!',
} as const;

export interface Beschlusspunkt extends Begriff {
  /** Lines of the resolution text, e.g. "16–18". */
  zeilen: string;
}

/** The six demands ("Für eine gelingende Integration werden wir: …"), in the order of the text. */
export const FORDERUNGEN = [
  {
    wert: 'zustaendigkeit',
    label: 'Ausländerrecht und Integration im Sozialministerium bündeln',
    erklaerung:
      'Die Zuständigkeit für Ausländerangelegenheiten wird verlagert, und die Aufgaben der Integration werden im ' +
      'Ministerium für Soziales, Integration und Gleichstellung zusammengefasst.',
    zeilen: '16–18',
  },
  {
    wert: 'integrationsgesetz',
    label: 'Partizipations- und Integrationsgesetz nach Berliner Vorbild',
    erklaerung:
      'Das Land beschließt ein Partizipations- und Integrationsgesetz nach dem Vorbild Berlins, eng abgestimmt mit ' +
      'Migrantenselbstorganisationen und anderen, die in der Integration arbeiten.',
    zeilen: '19–21',
  },
  {
    wert: 'konzeption',
    label: 'Landeskonzeption evaluierbar fortschreiben und finanzieren',
    erklaerung:
      'Die Konzeption des Landes für die Integration von Migrantinnen und Migranten wird fortgeschrieben – ' +
      'abgestimmt mit dem Landesintegrationsbeirat, mit Beteiligung der Öffentlichkeit, so, dass sie sich ' +
      'überprüfen lässt, und mit Geld hinterlegt.',
    zeilen: '22–24',
  },
  {
    wert: 'haushaltsmittel',
    label: 'Umfassende Haushaltsmittel für Integration',
    erklaerung: 'Das Land stellt umfassende Mittel im Haushalt für die Integrationsarbeit im ganzen Land bereit.',
    zeilen: '25–26',
  },
  {
    wert: 'ausstattung',
    label: 'Bessere Ausstattung der Integrationsarbeit',
    erklaerung:
      'Migrantenselbstorganisationen, Dolmetscherpools, Psychosoziale Zentren und andere, die in der Integration ' +
      'arbeiten, werden besser ausgestattet.',
    zeilen: '27–28',
  },
  {
    wert: 'anerkennung',
    label: 'Anerkennung ausländischer Abschlüsse beschleunigen',
    erklaerung:
      'Die Verfahren zur Anerkennung von im Ausland erworbenen Qualifikationen werden schneller, und die ' +
      'Nachqualifikation wird unterstützt.',
    zeilen: '29–30',
  },
] as const satisfies readonly Beschlusspunkt[];

export type Forderung = (typeof FORDERUNGEN)[number]['wert'];

/** The principles the resolution starts from: context only, they carry no status. */
export const GRUNDSAETZE: readonly Beschlusspunkt[] = [
  {
    wert: 'aufnahme',
    label: 'Recht auf Aufnahme',
    erklaerung:
      'Jeder Mensch hat das Recht, in die Gesellschaft aufgenommen zu werden; nur so lässt sich die Würde aller ' +
      'Menschen achten, wie es das Grundgesetz verlangt.',
    zeilen: '1–3',
  },
  {
    wert: 'gemeinschaft',
    label: 'Integration als gemeinsame Aufgabe',
    erklaerung:
      'Integration gelingt nur, wenn Zugewanderte und Aufnahmegesellschaft gemeinsam handeln wollen – mit Vertrauen, ' +
      'Respekt und Achtung voreinander.',
    zeilen: '4–7',
  },
  {
    wert: 'dialog',
    label: 'Interreligiöser Dialog, interkulturelle Kompetenz, ländliche Räume',
    erklaerung:
      'Der interreligiöse Dialog im Land und in den Kommunen soll gefördert, interkulturelle Kompetenz auf allen ' +
      'Ebenen gestärkt und neue Projekte in ländlichen Räumen sollen angestoßen werden.',
    zeilen: '8–11',
  },
  {
    wert: 'gleiche-rechte',
    label: 'Gleiche Rechte',
    erklaerung:
      'Für Bürgerinnen und Bürger der EU und Menschen aus Drittstaaten gelten die gleichen Rechte – gleich, ob sie ' +
      'zum Arbeiten, zur Familienzusammenführung oder aus humanitären Gründen in M-V leben.',
    zeilen: '12–14',
  },
];
