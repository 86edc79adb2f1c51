// What the management page shows of a series.

export interface AdminSeries {
  id: string;
  slug: string;
  title: string;
  description: string;
  language: string;
  plannedParts: number | null;
  postCount: number;
}
