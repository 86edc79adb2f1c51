// What the management pages show of sections, tags and series.

export interface AdminSection {
  id: string;
  slug: string;
  name: string;
  description: string;
  position: number;
  postCount: number;
}

export interface AdminTag {
  id: string;
  slug: string;
  name: string;
  postCount: number;
}

export interface AdminSeries {
  id: string;
  slug: string;
  title: string;
  description: string;
  language: string;
  postCount: number;
}

export interface AdminPage<T> {
  items: T[];
  page: number;
  hasNext: boolean;
}
