// A scene file of a bigger game: no Phaser.Game of its own.
class EnemyScene extends Phaser.Scene
{
    create ()
    {
        this.add.rectangle(100, 100, 40, 40, 0xff0000);
    }
}
