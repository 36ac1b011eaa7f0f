// A boss intro: the screen dims, WARNING flashes, the boss slides in and FIGHT! appears.
class Intro extends Phaser.Scene {
  constructor() { super('intro'); }
  preload() {}
  create() {
    const dim = this.add.rectangle(400, 300, 800, 600, 0x000000).setAlpha(0);
    const warning = this.add.text(400, 200, 'WARNING', { fontSize: '64px', color: '#ff3333' }).setOrigin(0.5).setAlpha(0);
    const boss = this.add.rectangle(1000, 320, 160, 160, 0x993399);
    const fight = this.add.text(400, 480, 'FIGHT!', { fontSize: '48px', color: '#ffffff' }).setOrigin(0.5).setVisible(false);
    this.intro = this.add.timeline([
      { at: 0, tween: { targets: dim, alpha: 0.5, duration: 400 } },
      { at: 400, tween: { targets: warning, alpha: 1, duration: 200, yoyo: true, repeat: 2 } },
      { at: 1200, tween: { targets: boss, x: 600, duration: 800, ease: 'Cubic.easeOut' } },
      { at: 2100, run: () => fight.setVisible(true) },
    ]);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#334455', scene: Intro });
