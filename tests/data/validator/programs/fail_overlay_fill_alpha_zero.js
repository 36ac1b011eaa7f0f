// SPACE teleports the player: the screen fades to black, the player jumps to a random spot, the screen fades back.
class Teleport extends Phaser.Scene {
  constructor() { super('teleport'); }
  preload() {}
  create() {
    const player = this.add.circle(400, 300, 16, 0x66ddff);
    const overlay = this.add.rectangle(0, 0, 800, 600, 0x000000, 0).setOrigin(0).setDepth(100);
    let busy = false;
    this.input.keyboard.on('keydown-SPACE', () => {
      if (busy) return;
      busy = true;
      this.tweens.add({
        targets: overlay, alpha: 1, duration: 300,
        onComplete: () => {
          player.setPosition(Phaser.Math.Between(40, 760), Phaser.Math.Between(40, 560));
          this.tweens.add({ targets: overlay, alpha: 0, duration: 300, onComplete: () => { busy = false; } });
        },
      });
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#334455', scene: Teleport });
