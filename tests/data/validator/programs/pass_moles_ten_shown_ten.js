// Whack-a-mole: ten moles pop up one at a time; click a mole to score a point
const MOLES = 10;
class Moles extends Phaser.Scene {
  create() {
    this.holes = [];
    for (let i = 0; i < 6; i++) {
      const mole = this.add.circle(150 + (i % 3) * 250, 200 + Math.floor(i / 3) * 200, 40, 0x8b5a2b).setVisible(false).setInteractive();
      mole.on('pointerdown', () => { mole.setVisible(false); this.score += 1; this.info.setText('Score: ' + this.score); });
      this.holes.push(mole);
    }
    this.score = 0;
    this.info = this.add.text(16, 16, 'Score: 0', { fontSize: '22px', color: '#ffffff' });
    this.time.addEvent({ delay: 800, repeat: MOLES - 1, callback: this.pop, callbackScope: this });
  }
  pop() {
    const mole = Phaser.Utils.Array.GetRandom(this.holes.filter((m) => !m.visible));
    mole.setVisible(true);
    this.time.delayedCall(600, () => mole.setVisible(false));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Moles });
