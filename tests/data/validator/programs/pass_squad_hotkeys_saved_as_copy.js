// Squads: click units to select them (click empty ground to clear); Ctrl+1 / Ctrl+2 saves the selection as a squad,
// 1 / 2 selects that squad again
class Squads extends Phaser.Scene {
  constructor() { super('squads'); }
  create() {
    this.units = [];
    for (let i = 0; i < 8; i++) {
      const u = this.add.rectangle(70 + i * 65, 200, 26, 26, 0x9e9e9e).setInteractive();
      u.on('pointerdown', () => { this.picked = true; this.selection.push(u); this.paint(); });
      this.units.push(u);
    }
    this.selection = [];
    this.squads = {};
    this.input.on('pointerdown', () => { if (!this.picked) this.clearSelection(); this.picked = false; });
    this.input.keyboard.on('keydown', (e) => {
      if (e.key !== '1' && e.key !== '2') return;
      if (e.ctrlKey) this.squads[e.key] = this.selection.slice();
      else if (this.squads[e.key]) { const squad = this.squads[e.key]; this.clearSelection(); squad.forEach((u) => this.selection.push(u)); this.paint(); }
    });
  }
  clearSelection() { this.selection.length = 0; this.paint(); }
  paint() { this.units.forEach((u) => u.setFillStyle(this.selection.includes(u) ? 0xffc107 : 0x9e9e9e)); }
}
new Phaser.Game({ type: Phaser.AUTO, width: 600, height: 400, scene: Squads });
