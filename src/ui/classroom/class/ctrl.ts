// The class comparison's controller: the analysed replays (read and verified in workers), the switch that
// hides names, and the country whose utility space is shown. The view only renders it.
import { newGame, type GameState } from "../../../core";
import { utilitySpaceOf, type UtilitySpace } from "../../../core/classroom";
import type { ClassData, ClassFile, Student } from "./analysis";
import { mergeClass } from "./analysis";
import { distributionOf, outliersOf, type Distribution } from "./stats";
import { classroomWorkers } from "../workerClient";
import { ct } from "../strings";
import { nameOf } from "../../panels/countryFacts";

export interface ClassHost {
  openStudent(file: ClassFile): void;
  exportCsv(name: string, text: string): void;
  menu(): void;
}

export class ClassCtrl {
  hideNames = false;
  country: string | null;
  private listeners = new Set<() => void>();

  constructor(readonly data: ClassData, readonly files: readonly ClassFile[], readonly host: ClassHost, readonly problems: { file: string; reason: string }[] = []) {
    const counts = new Map<string, number>();
    for (const s of data.students) for (const id of Object.keys(s.deals)) counts.set(id, (counts.get(id) ?? 0) + 1);
    this.country = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  }

  private start: GameState | null = null;
  private spaces = new Map<string, UtilitySpace | null>();

  /** Countries someone signed with: those whose utility space can be shown. */
  signedCountries(): string[] {
    return [...new Set(this.data.students.flatMap((s) => Object.keys(s.deals)))];
  }

  /** A country's name as the game shows it (the scenario's own name, in French where it has one, else the browser's). */
  countryName(id: string): string {
    const { scenario, seed } = this.data;
    if (!scenario || seed === null) return id;
    this.start ??= newGame(scenario, seed, { policy: "bilateral" });
    return nameOf(this.start, id);
  }

  /** A country's utility space at the opening month (the same for every student of one world), computed when first shown. */
  space(id: string): UtilitySpace | null {
    const { scenario, seed } = this.data;
    if (!scenario || seed === null) return null;
    if (!this.spaces.has(id)) {
      this.start ??= newGame(scenario, seed, { policy: "bilateral" });
      this.spaces.set(id, utilitySpaceOf(this.start, id));
    }
    return this.spaces.get(id) ?? null;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  setHideNames(hide: boolean): void {
    this.hideNames = hide;
    this.emit();
  }

  setCountry(id: string): void {
    this.country = id;
    this.emit();
  }

  labelOf(index: number): string {
    const student = this.data.students[index];
    return this.hideNames || !student ? ct("class.student", { n: index + 1 }) : student.label;
  }

  distribution(): Distribution {
    return distributionOf(this.data.students.map((s) => s.score));
  }

  outliers(): number[] {
    return outliersOf(this.data.students.map((s) => s.score), this.distribution());
  }

  open(student: Student): void {
    const file = this.files.find((f) => f.name === student.file);
    if (file) this.host.openStudent(file);
  }
}

/** Reads a class in the workers, half each, and joins the halves. */
export async function analyseInWorkers(files: readonly ClassFile[], bundled: unknown[]): Promise<ClassData> {
  const started = performance.now();
  const workers = classroomWorkers();
  const size = Math.ceil(files.length / workers.length);
  const parts = await Promise.all(workers.map((worker, i) => worker.analyseClass(files.slice(i * size, (i + 1) * size), bundled)));
  return mergeClass(parts, Math.round(performance.now() - started));
}
