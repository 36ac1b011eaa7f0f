// Phaser.Actions.IncX gets the Group, not its children: Actions loop over items.length, which a Group lacks
class March extends Phaser.Scene {
  preload() {}

  create() {
    this.aliens = this.add.group();
    for (let i = 0; i < 8; i++) this.aliens.add(this.add.rectangle(100 + i * 60, 100, 40, 24, 0x66ff66));
    this.dir = 1;
    this.time.addEvent({ delay: 200, loop: true, callback: () => {
      Phaser.Actions.IncX(this.aliens, 10 * this.dir);
    } });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: March });
