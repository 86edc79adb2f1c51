import { HomeView } from "./_views/home-view";

export default function HomePage() {
  return <HomeView page={1} />;
}
